package org.flowbench.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreferencesFileTest {
    @TempDir Path dir;

    @Test
    void aMissingFileGivesTheDefaults() throws Exception {
        assertThat(new PreferencesFile(dir.resolve("none.properties")).load()).isEqualTo(Preferences.DEFAULTS);
    }

    @Test
    void whatIsSavedIsLoadedBack() throws Exception {
        PreferencesFile f = new PreferencesFile(dir.resolve("sub/prefs.properties"));
        Preferences p = Preferences.DEFAULTS.withTimeZone(ZoneId.of("Europe/Paris"))
                .withRateUnit(Preferences.RateUnit.BYTES).withTheme(Preferences.Theme.DARK)
                .withWorkspace(dir.resolve("w.duckdb")).withGeoDatabases(dir.resolve("c.mmdb"), null);
        f.save(p);
        assertThat(f.load()).isEqualTo(p);
        assertThat(f.problems()).isEmpty();
        assertThat(p.geoDatabases().whyNoCountries()).isNull();
    }

    @Test
    void badValuesFallBackAndAreReported() throws Exception {
        Path file = dir.resolve("p.properties");
        Files.writeString(file, "timeZone=Mars/Olympus\ntheme=neon\nrateUnit=bytes\n");
        PreferencesFile f = new PreferencesFile(file);
        Preferences p = f.load();
        assertThat(p.timeZone()).isEqualTo(Preferences.DEFAULTS.timeZone());
        assertThat(p.theme()).isEqualTo(Preferences.Theme.LIGHT);
        assertThat(p.rateUnit()).isEqualTo(Preferences.RateUnit.BYTES);
        assertThat(f.problems()).hasSize(2).anySatisfy(m -> assertThat(m).startsWith("timeZone=Mars/Olympus"));
    }
}

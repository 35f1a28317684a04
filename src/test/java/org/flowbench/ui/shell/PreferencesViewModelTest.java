package org.flowbench.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicBoolean;
import org.flowbench.enrich.GeoDatabases;
import org.flowbench.enrich.TestGeoDatabases;
import org.flowbench.settings.Preferences;
import org.flowbench.settings.PreferencesFile;
import org.flowbench.task.SameThreadTaskRunner;
import org.flowbench.ui.common.Formats;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreferencesViewModelTest {
    @TempDir Path dir;
    private final SameThreadTaskRunner runner = new SameThreadTaskRunner();

    @AfterEach
    void restoreFormats() {
        Formats.configure(ZoneOffset.UTC, Preferences.RateUnit.BITS);
    }

    private AppPreferences preferences() {
        return AppPreferences.load(new PreferencesFile(dir.resolve("prefs.properties")), runner);
    }

    @Test
    void savingAppliesThemeUnitsAndZoneAndWritesTheFile() throws Exception {
        AppPreferences prefs = preferences();
        PreferencesViewModel model = new PreferencesViewModel(prefs, runner);
        assertThat(model.timeZoneProperty().get()).isEqualTo("UTC");
        model.timeZoneProperty().set("Europe/Paris");
        model.rateUnitProperty().set(Preferences.RateUnit.BYTES);
        model.darkProperty().set(true);
        AtomicBoolean closed = new AtomicBoolean();

        model.save(() -> closed.set(true));

        assertThat(closed).isTrue();
        assertThat(model.problemProperty().get()).isEmpty();
        assertThat(prefs.get().theme()).isEqualTo(Preferences.Theme.DARK);
        // the one formatter follows: rates in bytes, times in Paris (UTC+1 in March)
        assertThat(Formats.rate(8e9)).isEqualTo("1.00 GB/s");
        assertThat(Formats.instant(Instant.parse("2024-03-01T12:00:00Z"))).isEqualTo("2024-03-01 13:00:00 Europe/Paris");
        Preferences saved = new PreferencesFile(dir.resolve("prefs.properties")).load();
        assertThat(saved.timeZone()).isEqualTo(ZoneId.of("Europe/Paris"));
        assertThat(saved.rateUnit()).isEqualTo(Preferences.RateUnit.BYTES);
        assertThat(saved.theme()).isEqualTo(Preferences.Theme.DARK);
    }

    @Test
    void bitsAndUtcAreTheDefaults() {
        preferences();
        assertThat(Formats.rate(1.5e9)).isEqualTo("1.50 Gbps");
        assertThat(Formats.instant(Instant.parse("2024-03-01T12:00:00Z"))).isEqualTo("2024-03-01 12:00:00 UTC");
    }

    @Test
    void anUnknownZoneIsRefusedAndNothingChanges() {
        AppPreferences prefs = preferences();
        PreferencesViewModel model = new PreferencesViewModel(prefs, runner);
        model.timeZoneProperty().set("Mars/Olympus");
        AtomicBoolean closed = new AtomicBoolean();
        model.save(() -> closed.set(true));
        assertThat(closed).isFalse();
        assertThat(model.problemProperty().get()).contains("Mars/Olympus");
        assertThat(prefs.get()).isEqualTo(Preferences.DEFAULTS);
        assertThat(Files.exists(dir.resolve("prefs.properties"))).isFalse();
    }

    @Test
    void aFileThatIsNoMaxMindDatabaseIsRefused() throws Exception {
        AppPreferences prefs = preferences();
        PreferencesViewModel model = new PreferencesViewModel(prefs, runner);
        Path notDb = Files.writeString(dir.resolve("country.mmdb"), "not a database");
        model.countryDbProperty().set(notDb.toString());
        model.save(() -> { });
        assertThat(model.problemProperty().get()).startsWith("Country database: " + notDb).contains("not a readable MaxMind database");
        assertThat(prefs.get().countryDb()).isNull();
    }

    @Test
    void realDatabasesAreAcceptedAndTheEnrichmentNoteGoesAway() throws Exception {
        GeoDatabases dbs = TestGeoDatabases.build(dir);
        AppPreferences prefs = preferences();
        assertThat(PreferencesViewModel.enrichmentNote(prefs.get())).contains("No enrichment databases set");
        PreferencesViewModel model = new PreferencesViewModel(prefs, runner);
        model.countryDbProperty().set(dbs.countryDb().toString());
        model.asnDbProperty().set(dbs.asnDb().toString());
        model.save(() -> { });
        assertThat(model.problemProperty().get()).isEmpty();
        assertThat(prefs.get().geoDatabases()).isEqualTo(dbs);
        assertThat(PreferencesViewModel.enrichmentNote(prefs.get())).isEmpty();
        assertThat(PreferencesViewModel.enrichmentNote(prefs.get().withGeoDatabases(dbs.countryDb(), null)))
                .startsWith("No ASN database set");
    }
}

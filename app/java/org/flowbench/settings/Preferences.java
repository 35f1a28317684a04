package org.flowbench.settings;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.flowbench.enrich.GeoDatabases;

/**
 * What a user chooses once and keeps: display time zone, units, default workspace, enrichment
 * databases and theme. Stored times stay UTC; the zone only changes how they are shown.
 *
 * @param workspace        null means the built-in default under the user's home
 * @param recentWorkspaces workspaces opened in the window, most recent first (File > Open recent)
 */
public record Preferences(ZoneId timeZone, RateUnit rateUnit, Path workspace, Path countryDb, Path asnDb,
                          Theme theme, List<Path> recentWorkspaces) {
    /** Rates in bits per second (network convention) or bytes per second; SI prefixes either way. */
    public enum RateUnit { BITS, BYTES }

    public enum Theme { LIGHT, DARK }

    public static final Preferences DEFAULTS = new Preferences(ZoneOffset.UTC, RateUnit.BITS, null, null, null, Theme.LIGHT, List.of());

    public Preferences {
        if (timeZone == null) timeZone = ZoneOffset.UTC;
        if (rateUnit == null) rateUnit = RateUnit.BITS;
        if (theme == null) theme = Theme.LIGHT;
        recentWorkspaces = recentWorkspaces == null ? List.of() : List.copyOf(recentWorkspaces);
    }

    public Preferences(ZoneId timeZone, RateUnit rateUnit, Path workspace, Path countryDb, Path asnDb, Theme theme) {
        this(timeZone, rateUnit, workspace, countryDb, asnDb, theme, List.of());
    }

    public GeoDatabases geoDatabases() {
        return new GeoDatabases(countryDb, asnDb);
    }

    public Preferences withTimeZone(ZoneId z) { return new Preferences(z, rateUnit, workspace, countryDb, asnDb, theme, recentWorkspaces); }

    public Preferences withRateUnit(RateUnit u) { return new Preferences(timeZone, u, workspace, countryDb, asnDb, theme, recentWorkspaces); }

    public Preferences withWorkspace(Path w) { return new Preferences(timeZone, rateUnit, w, countryDb, asnDb, theme, recentWorkspaces); }

    public Preferences withGeoDatabases(Path country, Path asn) {
        return new Preferences(timeZone, rateUnit, workspace, country, asn, theme, recentWorkspaces);
    }

    public Preferences withTheme(Theme t) { return new Preferences(timeZone, rateUnit, workspace, countryDb, asnDb, t, recentWorkspaces); }

    public Preferences withRecentWorkspaces(List<Path> recent) {
        return new Preferences(timeZone, rateUnit, workspace, countryDb, asnDb, theme, recent);
    }
}

package org.flowbench.ui.shell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.flowbench.enrich.GeoDatabases;
import org.flowbench.enrich.GeoLookup;
import org.flowbench.settings.Preferences;
import org.flowbench.task.BackgroundTask;
import org.flowbench.task.TaskRunner;

/**
 * The Preferences dialog's fields. {@link #save} checks them (the zone parses, the workspace
 * folder exists, each database opens as a MaxMind database, off the FX thread) and only then
 * puts them in force; otherwise {@link #problemProperty()} says what is wrong.
 */
public final class PreferencesViewModel {
    private final AppPreferences preferences;
    private final TaskRunner runner;
    private final StringProperty timeZone = new SimpleStringProperty();
    private final ObjectProperty<Preferences.RateUnit> rateUnit = new SimpleObjectProperty<>();
    private final StringProperty workspace = new SimpleStringProperty();
    private final StringProperty countryDb = new SimpleStringProperty();
    private final StringProperty asnDb = new SimpleStringProperty();
    private final BooleanProperty dark = new SimpleBooleanProperty();
    private final StringProperty problem = new SimpleStringProperty("");
    private final BooleanProperty checking = new SimpleBooleanProperty();

    public PreferencesViewModel(AppPreferences preferences, TaskRunner runner) {
        this.preferences = preferences;
        this.runner = runner;
        Preferences p = preferences.get();
        timeZone.set(p.timeZone().equals(java.time.ZoneOffset.UTC) ? "UTC" : p.timeZone().getId());
        rateUnit.set(p.rateUnit());
        workspace.set(text(p.workspace()));
        countryDb.set(text(p.countryDb()));
        asnDb.set(text(p.asnDb()));
        dark.set(p.theme() == Preferences.Theme.DARK);
    }

    /** Zone ids for the chooser: UTC first, then the region ids sorted. */
    public static List<String> zoneChoices() {
        List<String> ids = new ArrayList<>(ZoneId.getAvailableZoneIds().stream()
                .filter(id -> id.contains("/") && !id.startsWith("Etc/") && !id.startsWith("SystemV/")).sorted().toList());
        ids.add(0, "UTC");
        return ids;
    }

    /**
     * Checks the fields and, when they hold, applies them.
     *
     * @param done runs after a successful save (the dialog closes)
     */
    public void save(Runnable done) {
        problem.set("");
        ZoneId zone;
        try {
            zone = ZoneId.of(timeZone.get() == null ? "" : timeZone.get().strip());
        } catch (DateTimeException e) {
            problem.set("Time zone: '" + timeZone.get() + "' is not a zone id such as UTC or Europe/Paris");
            return;
        }
        Path ws = path(workspace.get());
        Path country = path(countryDb.get());
        Path asn = path(asnDb.get());
        if (ws != null && ws.toAbsolutePath().getParent() != null && !Files.isDirectory(ws.toAbsolutePath().getParent())) {
            problem.set("Default workspace: the folder " + ws.toAbsolutePath().getParent() + " does not exist");
            return;
        }
        Preferences next = preferences.get().withTimeZone(zone).withRateUnit(rateUnit.get()).withWorkspace(ws)
                .withGeoDatabases(country, asn).withTheme(dark.get() ? Preferences.Theme.DARK : Preferences.Theme.LIGHT);
        checking.set(true);
        runner.run(BackgroundTask.of("Check enrichment databases", (progress, cancel) -> {
                    check("Country database", country, null);
                    check("ASN database", null, asn);
                    return next;
                })
                .onSuccess(checked -> {
                    preferences.apply(checked);
                    done.run();
                })
                .onFailure(error -> problem.set(error.getMessage()))
                .onFinally(() -> checking.set(false)));
    }

    /** Opens the database the way enrichment will, so a wrong file is refused now, not at import. */
    private static void check(String what, Path country, Path asn) throws Exception {
        Path file = country != null ? country : asn;
        if (file == null) return;
        try (GeoLookup ignored = new GeoDatabases(country, asn).open()) {
            // opened: it is a MaxMind-format database
        } catch (Exception e) {
            throw new Exception(what + ": " + file + " is not a readable MaxMind database ("
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")", e);
        }
    }

    /** The note shown where country and AS columns appear, blank when both databases are set. */
    public static String enrichmentNote(Preferences p) {
        if (p.countryDb() != null && p.asnDb() != null) return "";
        if (p.countryDb() == null && p.asnDb() == null) {
            return "No enrichment databases set: country and AS columns stay empty (File > Preferences)";
        }
        return p.countryDb() == null ? "No country database set: country columns stay empty (File > Preferences)"
                : "No ASN database set: AS columns hold only what the flow records carried (File > Preferences)";
    }

    private static Path path(String text) {
        return text == null || text.isBlank() ? null : Path.of(text.strip());
    }

    private static String text(Path p) {
        return p == null ? "" : p.toString();
    }

    public StringProperty timeZoneProperty() { return timeZone; }

    public ObjectProperty<Preferences.RateUnit> rateUnitProperty() { return rateUnit; }

    public StringProperty workspaceProperty() { return workspace; }

    public StringProperty countryDbProperty() { return countryDb; }

    public StringProperty asnDbProperty() { return asnDb; }

    public BooleanProperty darkProperty() { return dark; }

    public ReadOnlyStringProperty problemProperty() { return problem; }

    public BooleanProperty checkingProperty() { return checking; }
}

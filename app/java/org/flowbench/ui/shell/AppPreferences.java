package org.flowbench.ui.shell;

import java.util.List;
import java.util.function.UnaryOperator;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.flowbench.settings.Preferences;
import org.flowbench.settings.PreferencesFile;
import org.flowbench.task.BackgroundTask;
import org.flowbench.task.TaskRunner;
import org.flowbench.ui.common.Formats;

/**
 * The preferences in force: applied to the formatter (zone, units) at once, saved to their file
 * in the background. The window follows {@link #currentProperty()} for the theme.
 */
public final class AppPreferences {
    private final PreferencesFile file;
    private final TaskRunner runner;
    private final ObjectProperty<Preferences> current = new SimpleObjectProperty<>(Preferences.DEFAULTS);
    private final StringProperty problem = new SimpleStringProperty("");

    /** @param loaded what {@link PreferencesFile#load()} gave at start */
    public AppPreferences(PreferencesFile file, Preferences loaded, List<String> loadProblems, TaskRunner runner) {
        this.file = file;
        this.runner = runner;
        current.set(loaded);
        Formats.configure(loaded.timeZone(), loaded.rateUnit());
        if (!loadProblems.isEmpty()) problem.set("Preferences: " + String.join("; ", loadProblems));
    }

    /** Reads the file; a missing or unreadable one gives the defaults and says why. Blocks briefly. */
    public static AppPreferences load(PreferencesFile file, TaskRunner runner) {
        try {
            Preferences p = file.load();
            return new AppPreferences(file, p, file.problems(), runner);
        } catch (Exception e) {
            return new AppPreferences(file, Preferences.DEFAULTS, List.of("cannot read " + e.getMessage()), runner);
        }
    }

    /** Puts new preferences in force and saves them. */
    public void apply(Preferences next) {
        current.set(next);
        Formats.configure(next.timeZone(), next.rateUnit());
        runner.run(BackgroundTask.of("Save preferences", (progress, cancel) -> {
                    file.save(next);
                    return next;
                })
                .onSuccess(saved -> problem.set(""))
                .onFailure(error -> problem.set("Could not save the preferences: " + error.getMessage())));
    }

    public void update(UnaryOperator<Preferences> change) {
        apply(change.apply(current.get()));
    }

    public Preferences get() { return current.get(); }

    public ReadOnlyObjectProperty<Preferences> currentProperty() { return current; }

    /** The last load or save problem, blank when none. */
    public ReadOnlyStringProperty problemProperty() { return problem; }
}

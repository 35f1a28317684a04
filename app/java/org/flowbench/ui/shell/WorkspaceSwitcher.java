package org.flowbench.ui.shell;

import java.nio.file.Path;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.flowbench.settings.RecentWorkspaces;
import org.flowbench.task.BackgroundTask;
import org.flowbench.task.TaskRunner;
import org.flowbench.ui.WorkbenchServices;

/**
 * Which workspace the window shows: opens one, switches to another, reopens the current one
 * compacted after a delete. Closing and opening run on a worker; while they do,
 * {@link #servicesProperty()} is null and {@link #messageProperty()} says what is happening, so
 * the window can stand before DuckDB is loaded.
 */
public final class WorkspaceSwitcher {
    public enum State { OPENING, OPEN, FAILED }

    /** Opens (creating if needed) a workspace file; blocks. */
    @FunctionalInterface
    public interface Opener {
        WorkbenchServices open(Path file) throws Exception;
    }

    /** Shrinks a closed workspace file; returns a line for the status bar. Blocks. */
    @FunctionalInterface
    public interface Compactor {
        String compact(Path file) throws Exception;
    }

    private final Opener opener;
    private final Compactor compactor;
    private final TaskRunner runner;
    private final AppPreferences preferences;
    private final ObjectProperty<WorkbenchServices> services = new SimpleObjectProperty<>();
    private final ObjectProperty<State> state = new SimpleObjectProperty<>(State.OPENING);
    private final ObjectProperty<Path> path = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty title = new SimpleStringProperty("Flowbench");
    private final ObservableList<Path> recent = FXCollections.observableArrayList();
    private long generation;

    public WorkspaceSwitcher(Opener opener, Compactor compactor, TaskRunner runner, AppPreferences preferences) {
        this.opener = opener;
        this.compactor = compactor;
        this.runner = runner;
        this.preferences = preferences;
        recent.setAll(RecentWorkspaces.existing(preferences.get().recentWorkspaces()));
    }

    /** Closes the current workspace (if any) and opens {@code file}, creating it when new. */
    public void open(Path file) {
        Path target = file.toAbsolutePath().normalize();
        switchTo(target, "Opening workspace " + target.getFileName() + "...", null);
    }

    /** After a delete: closes the workspace, compacts its file, opens it again. */
    public void reclaimSpace() {
        Path current = path.get();
        if (current == null || state.get() != State.OPEN) return;
        switchTo(current, "Reclaiming the space of deleted datasets...", current);
    }

    private void switchTo(Path target, String opening, Path compact) {
        long mine = ++generation;
        WorkbenchServices old = services.get();
        services.set(null);
        state.set(State.OPENING);
        path.set(target);
        message.set(opening);
        title.set("Flowbench - opening " + target);
        runner.run(BackgroundTask.of("Open workspace", (progress, cancel) -> {
                    if (old != null) old.close();
                    String compacted = compact == null ? null : compactor.compact(compact);
                    return new Opened(opener.open(target), compacted);
                })
                .onSuccess(opened -> {
                    if (mine != generation) {
                        closeQuietly(opened.services());
                        return;
                    }
                    message.set(opened.compacted() == null ? "" : opened.compacted());
                    title.set("Flowbench - " + target);
                    state.set(State.OPEN);
                    services.set(opened.services());
                    remember(target);
                })
                .onFailure(error -> {
                    if (mine != generation) return;
                    state.set(State.FAILED);
                    title.set("Flowbench");
                    message.set("Could not open " + target + ": " + describe(error));
                    recent.setAll(RecentWorkspaces.existing(recent));
                }));
    }

    private record Opened(WorkbenchServices services, String compacted) {}

    private void remember(Path opened) {
        var next = RecentWorkspaces.opened(RecentWorkspaces.existing(preferences.get().recentWorkspaces()), opened);
        recent.setAll(next);
        if (!next.equals(preferences.get().recentWorkspaces())) preferences.update(p -> p.withRecentWorkspaces(next));
    }

    /** Closes the open workspace; blocks (application exit). */
    public void close() {
        generation++;
        WorkbenchServices old = services.get();
        services.set(null);
        closeQuietly(old);
    }

    private static void closeQuietly(WorkbenchServices s) {
        if (s == null) return;
        try {
            s.close();
        } catch (Exception e) {
            // nothing left to tell: the window is going away
        }
    }

    private static String describe(Throwable error) {
        String m = error.getMessage();
        return m == null || m.isBlank() ? error.getClass().getSimpleName() : m;
    }

    /** The open workspace's services; null while opening or after a failure. */
    public ReadOnlyObjectProperty<WorkbenchServices> servicesProperty() { return services; }

    public ReadOnlyObjectProperty<State> stateProperty() { return state; }

    /** The workspace shown or being opened. */
    public ReadOnlyObjectProperty<Path> pathProperty() { return path; }

    /** What the sidebar says while no workspace is open: opening, or why it failed. */
    public ReadOnlyStringProperty messageProperty() { return message; }

    /** The window title: the current workspace's full path. */
    public ReadOnlyStringProperty titleProperty() { return title; }

    /** File > Open recent: most recent first, files that are gone left out. */
    public ObservableList<Path> recent() { return recent; }
}

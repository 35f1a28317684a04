package org.flowbench.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flowbench.settings.Preferences;
import org.flowbench.settings.PreferencesFile;
import org.flowbench.store.WorkspaceLockedException;
import org.flowbench.task.DeferredTaskRunner;
import org.flowbench.task.SameThreadTaskRunner;
import org.flowbench.ui.FakeWorkbenchServices;
import org.flowbench.ui.StoreWorkbenchServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceSwitcherTest {
    @TempDir Path dir;
    private final Map<Path, FakeWorkbenchServices> opened = new HashMap<>();
    private final List<Path> compacted = new ArrayList<>();

    private FakeWorkbenchServices open(Path file) throws Exception {
        Files.writeString(file, "workspace"); // the real opener creates the file; recent lists only existing ones
        FakeWorkbenchServices s = new FakeWorkbenchServices();
        opened.put(file, s);
        return s;
    }

    private AppPreferences preferences(Preferences p) throws Exception {
        PreferencesFile file = new PreferencesFile(dir.resolve("prefs.properties"));
        file.save(p);
        return AppPreferences.load(file, new SameThreadTaskRunner());
    }

    private WorkspaceSwitcher switcher(AppPreferences prefs) {
        return new WorkspaceSwitcher(this::open, file -> {
            compacted.add(file);
            return "compacted " + file.getFileName();
        }, new SameThreadTaskRunner(), prefs);
    }

    @Test
    void switchingClosesTheOldWorkspaceOpensTheNewOneAndShowsItsPath() throws Exception {
        AppPreferences prefs = preferences(Preferences.DEFAULTS);
        WorkspaceSwitcher switcher = switcher(prefs);
        Path a = dir.resolve("a.duckdb");
        Path b = dir.resolve("b.duckdb");

        switcher.open(a);
        assertThat(switcher.stateProperty().get()).isEqualTo(WorkspaceSwitcher.State.OPEN);
        assertThat(switcher.servicesProperty().get()).isSameAs(opened.get(a));
        assertThat(switcher.titleProperty().get()).isEqualTo("Flowbench - " + a);

        switcher.open(b);
        assertThat(opened.get(a).isClosed()).isTrue();
        assertThat(switcher.servicesProperty().get()).isSameAs(opened.get(b));
        assertThat(switcher.titleProperty().get()).isEqualTo("Flowbench - " + b);
        assertThat(switcher.recent()).containsExactly(b, a);
        // kept in the preferences file, most recent first
        assertThat(new PreferencesFile(dir.resolve("prefs.properties")).load().recentWorkspaces()).containsExactly(b, a);
    }

    @Test
    void whileOpeningThereAreNoServicesAndTheSidebarSaysSo() throws Exception {
        DeferredTaskRunner runner = new DeferredTaskRunner();
        WorkspaceSwitcher switcher = new WorkspaceSwitcher(this::open, f -> "", runner, preferences(Preferences.DEFAULTS));
        switcher.open(dir.resolve("slow.duckdb"));
        assertThat(switcher.stateProperty().get()).isEqualTo(WorkspaceSwitcher.State.OPENING);
        assertThat(switcher.servicesProperty().get()).isNull();
        assertThat(switcher.messageProperty().get()).isEqualTo("Opening workspace slow.duckdb...");
        runner.runAll();
        assertThat(switcher.servicesProperty().get()).isNotNull();
    }

    @Test
    void aWorkspaceThatCannotBeOpenedIsReportedNotThrown() throws Exception {
        Path locked = dir.resolve("locked.duckdb");
        WorkspaceSwitcher switcher = new WorkspaceSwitcher(file -> {
            throw new WorkspaceLockedException("workspace " + file + " is in use by another process (PID 1)", null);
        }, f -> "", new SameThreadTaskRunner(), preferences(Preferences.DEFAULTS));
        switcher.open(locked);
        assertThat(switcher.stateProperty().get()).isEqualTo(WorkspaceSwitcher.State.FAILED);
        assertThat(switcher.servicesProperty().get()).isNull();
        assertThat(switcher.messageProperty().get()).startsWith("Could not open " + locked).contains("in use by another process");
        assertThat(switcher.recent()).isEmpty();
    }

    @Test
    void aFileThatIsNoDuckDbWorkspaceFailsWithTheStoresMessageAndTheNextOpenStillWorks() throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.duckdb"), "these are my notes, not a database\n".repeat(200));
        WorkspaceSwitcher switcher = new WorkspaceSwitcher(StoreWorkbenchServices::open, f -> "",
                new SameThreadTaskRunner(), preferences(Preferences.DEFAULTS));
        switcher.open(notes);
        assertThat(switcher.stateProperty().get()).isEqualTo(WorkspaceSwitcher.State.FAILED);
        assertThat(switcher.messageProperty().get()).startsWith("Could not open " + notes + ": cannot open workspace");
        assertThat(switcher.titleProperty().get()).isEqualTo("Flowbench");

        Path good = dir.resolve("good.duckdb");
        switcher.open(good);
        assertThat(switcher.stateProperty().get()).isEqualTo(WorkspaceSwitcher.State.OPEN);
        assertThat(switcher.servicesProperty().get().listDatasets()).isEmpty();
        switcher.close();
    }

    @Test
    void recentWorkspacesWhoseFilesAreGoneAreLeftOut() throws Exception {
        Path kept = Files.writeString(dir.resolve("kept.duckdb"), "x");
        AppPreferences prefs = preferences(Preferences.DEFAULTS.withRecentWorkspaces(List.of(dir.resolve("gone.duckdb"), kept)));
        WorkspaceSwitcher switcher = switcher(prefs);
        assertThat(switcher.recent()).containsExactly(kept);
        switcher.open(dir.resolve("new.duckdb"));
        assertThat(switcher.recent()).containsExactly(dir.resolve("new.duckdb"), kept);
    }

    @Test
    void reclaimingSpaceClosesCompactsAndReopensTheSameWorkspace() throws Exception {
        WorkspaceSwitcher switcher = switcher(preferences(Preferences.DEFAULTS));
        Path a = dir.resolve("a.duckdb");
        switcher.open(a);
        FakeWorkbenchServices first = opened.get(a);

        switcher.reclaimSpace();

        assertThat(first.isClosed()).isTrue();
        assertThat(compacted).containsExactly(a);
        assertThat(switcher.servicesProperty().get()).isNotSameAs(first).isSameAs(opened.get(a));
        assertThat(switcher.messageProperty().get()).isEqualTo("compacted a.duckdb");
    }
}

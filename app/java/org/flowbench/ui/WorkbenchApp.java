package org.flowbench.ui;

import java.nio.file.Path;
import java.util.Map;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.flowbench.settings.PreferencesFile;
import org.flowbench.store.Workspace;
import org.flowbench.ui.common.FxTaskRunner;
import org.flowbench.ui.shell.AppPreferences;
import org.flowbench.ui.shell.ReclaimSpace;
import org.flowbench.ui.shell.WorkspaceSwitcher;

/**
 * The JavaFX application: shows the window first and opens the workspace behind it
 * (docs/decisions/0210), closes everything on exit. Started through {@link WorkbenchLauncher}.
 */
public final class WorkbenchApp extends Application {
    /** Where the bundled training samples are; the launcher script sets it. */
    static final String SAMPLES_PROPERTY = "flowbench.samples";

    private FxTaskRunner runner;
    private WorkspaceSwitcher switcher;
    private WorkbenchShell shell;
    private volatile int exitStatus;

    @Override
    public void start(Stage stage) {
        Map<String, String> named = getParameters().getNamed();
        runner = new FxTaskRunner();
        // A small properties file: reading it here keeps the theme of the first frame right.
        AppPreferences preferences = AppPreferences.load(new PreferencesFile(PreferencesFile.defaultPath()), runner);
        Path workspace = named.containsKey(WorkbenchLauncher.WORKSPACE) ? Path.of(named.get(WorkbenchLauncher.WORKSPACE))
                : preferences.get().workspace() != null ? preferences.get().workspace() : Workspace.defaultPath();
        Path openFile = named.containsKey(WorkbenchLauncher.OPEN) ? Path.of(named.get(WorkbenchLauncher.OPEN)) : null;
        org.flowbench.ui.report.DocumentOpener.useHostServices(getHostServices());
        String samples = System.getProperty(SAMPLES_PROPERTY);
        switcher = new WorkspaceSwitcher(StoreWorkbenchServices::open, new ReclaimSpace(), runner, preferences);
        FirstWindowProbe.attachIfRequested(stage, this::exit);
        // the installers' icon (packaging/icon/IconMaker.java), for task bars that ask the window
        stage.getIcons().add(new Image(WorkbenchApp.class.getResource("flowbench-64.png").toExternalForm()));
        shell = WorkbenchShell.show(stage, switcher, preferences, runner, workspace, openFile,
                samples == null ? null : Path.of(samples), this::exit);
        stage.setOnCloseRequest(e -> exit(0));
    }

    private void exit(int status) {
        exitStatus = status;
        Platform.exit();
    }

    @Override
    public void stop() throws Exception {
        if (shell != null && shell.model() != null) shell.model().live().close();
        if (switcher != null) switcher.close();
        if (runner != null) runner.close();
        // Non-zero only in screenshot mode or after a failed open; let the caller see it.
        if (exitStatus != 0) System.exit(exitStatus);
    }
}

package org.flowbench.ui;

import java.nio.file.Path;
import java.util.Map;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.flowbench.store.Workspace;
import org.flowbench.ui.common.FxTaskRunner;
import org.flowbench.ui.common.Themes;

/**
 * The JavaFX application: opens the workspace off the FX thread ({@link #init}), shows the
 * window, closes everything on exit. Started through {@link WorkbenchLauncher}.
 */
public final class WorkbenchApp extends Application {
    /** Where the bundled training samples are; the launcher script sets it. */
    static final String SAMPLES_PROPERTY = "flowbench.samples";

    private WorkbenchServices services;
    private Exception openFailure;
    private Path openFile;
    private FxTaskRunner runner;
    private WorkbenchWindow window;
    private volatile int exitStatus;

    /** Runs on the launcher thread, not the FX thread: opening DuckDB may take a moment. */
    @Override
    public void init() {
        Map<String, String> named = getParameters().getNamed();
        Path workspace = named.containsKey(WorkbenchLauncher.WORKSPACE)
                ? Path.of(named.get(WorkbenchLauncher.WORKSPACE)) : Workspace.defaultPath();
        openFile = named.containsKey(WorkbenchLauncher.OPEN) ? Path.of(named.get(WorkbenchLauncher.OPEN)) : null;
        try {
            services = StoreWorkbenchServices.open(workspace);
        } catch (Exception e) {
            openFailure = e;
        }
    }

    @Override
    public void start(Stage stage) {
        if (openFailure != null) {
            Themes.apply(false);
            Alert alert = new Alert(Alert.AlertType.ERROR, openFailure.getMessage(), ButtonType.CLOSE);
            alert.setTitle("Flowbench");
            alert.setHeaderText("The workspace could not be opened");
            alert.setOnHidden(e -> exit(1));
            alert.show();
            return;
        }
        runner = new FxTaskRunner();
        org.flowbench.ui.report.DocumentOpener.useHostServices(getHostServices());
        String samples = System.getProperty(SAMPLES_PROPERTY);
        FirstWindowProbe.attachIfRequested(stage, this::exit);
        // the installers' icon (packaging/icon/IconMaker.java), for task bars that ask the window
        stage.getIcons().add(new Image(WorkbenchApp.class.getResource("flowbench-64.png").toExternalForm()));
        window = WorkbenchWindow.show(stage, services, runner, openFile, samples == null ? null : Path.of(samples), this::exit);
        stage.setOnCloseRequest(e -> exit(0));
    }

    private void exit(int status) {
        exitStatus = status;
        Platform.exit();
    }

    @Override
    public void stop() throws Exception {
        if (window != null) window.model().live().close();
        if (runner != null) runner.close();
        if (services != null) services.close();
        // Non-zero only in screenshot mode or after a failed open; let the caller see it.
        if (exitStatus != 0) System.exit(exitStatus);
    }
}

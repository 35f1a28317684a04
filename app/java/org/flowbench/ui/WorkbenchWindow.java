package org.flowbench.ui;

import java.nio.file.Path;
import java.util.function.IntConsumer;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.flowbench.task.TaskRunner;
import org.flowbench.ui.common.Themes;
import org.flowbench.ui.live.FxTicker;

/**
 * Builds the first window from services and a task runner: the composition root that the
 * application and the UI tests share, so tests run the same wiring with fake services.
 */
public final class WorkbenchWindow {
    private static final String STYLESHEET = "/org/flowbench/ui/workbench.css";

    private final WorkbenchViewModel model;
    private final MainWindowView view;
    private final Scene scene;

    private WorkbenchWindow(WorkbenchViewModel model, MainWindowView view, Scene scene) {
        this.model = model;
        this.view = view;
        this.scene = scene;
    }

    /**
     * Shows the window on {@code stage} and starts loading.
     *
     * @param openFile   a capture to import at once, or null
     * @param samplesDir where bundled samples are, for an empty workspace; may be null
     * @param exit       quits the application with a status (menu Quit, screenshot mode)
     */
    public static WorkbenchWindow show(Stage stage, WorkbenchServices services, TaskRunner runner,
                                       Path openFile, Path samplesDir, IntConsumer exit) {
        WorkbenchViewModel model = new WorkbenchViewModel(services, runner, new FxTicker());
        MainWindowView view = new MainWindowView(model, () -> exit.accept(0));
        Scene scene = new Scene(view, 1280, 800);
        scene.getStylesheets().add(WorkbenchWindow.class.getResource(STYLESHEET).toExternalForm());
        Themes.apply(model.darkThemeProperty().get());
        model.darkThemeProperty().addListener((obs, old, dark) -> Themes.apply(dark));
        stage.titleProperty().bind(model.titleProperty());
        stage.setScene(scene);
        stage.setMinWidth(800);
        stage.setMinHeight(520);
        ScreenshotHook.armIfRequested(scene, model.chart(), model.explore(), runner, exit);
        stage.show();
        model.start(openFile, samplesDir);
        return new WorkbenchWindow(model, view, scene);
    }

    public WorkbenchViewModel model() { return model; }

    public MainWindowView view() { return view; }

    public Scene scene() { return scene; }
}

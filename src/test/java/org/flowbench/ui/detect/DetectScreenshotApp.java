package org.flowbench.ui.detect;

import java.nio.file.Path;
import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.flowbench.task.Cancellation;
import org.flowbench.task.Progress;
import org.flowbench.ui.Shortcut;
import org.flowbench.ui.StoreWorkbenchServices;
import org.flowbench.ui.WorkbenchWindow;
import org.flowbench.ui.common.FxTaskRunner;
import org.flowbench.ui.common.SceneSnapshot;

/**
 * Child-JVM program for {@link DetectScreenshotTest}: imports a scenario, shows the real
 * window, opens Detect, runs the default preset, picks the first alert and writes a PNG.
 * Arguments: workspace file, capture, PNG file. Exits 0 when the picture was written.
 */
public final class DetectScreenshotApp extends Application {
    private static StoreWorkbenchServices services;
    private static Path png;

    /** The entry point; not in the Application subclass, which the java launcher would refuse on the class path. */
    public static final class Main {
        public static void main(String[] args) throws Exception {
            services = StoreWorkbenchServices.open(Path.of(args[0]));
            services.importFile(Path.of(args[1]), Progress.NONE, new Cancellation());
            png = Path.of(args[2]);
            Application.launch(DetectScreenshotApp.class, args);
        }
    }

    @Override
    public void start(Stage stage) {
        FxTaskRunner runner = new FxTaskRunner();
        WorkbenchWindow window = WorkbenchWindow.show(stage, services, runner, null, null, status -> { });
        window.view().showArea(Shortcut.DETECT_AREA);
        DetectViewModel detect = window.model().detect();
        boolean[] started = {false};
        Timeline poll = new Timeline();
        poll.getKeyFrames().add(new KeyFrame(Duration.millis(300), e -> {
            if (!started[0] && window.model().datasets().selectedProperty().get() != null
                    && !detect.editor().textProperty().get().isEmpty()) {
                started[0] = true;
                detect.run();
            } else if (started[0] && !detect.replay().runningProperty().get()) {
                poll.stop();
                window.scene().lookup("#detect-alerts");
                ((javafx.scene.control.TableView<?>) window.scene().lookup("#detect-alerts")).getSelectionModel().select(0);
                PauseTransition settle = new PauseTransition(Duration.seconds(2));
                settle.setOnFinished(done -> runner.run(SceneSnapshot.toPng(window.scene(), png)
                        .onFailure(Throwable::printStackTrace)
                        .onFinally(() -> {
                            services.close();
                            System.exit(detect.replay().alerts().isEmpty() ? 3 : 0);
                        })));
                settle.play();
            }
        }));
        poll.setCycleCount(Timeline.INDEFINITE);
        poll.play();
        PauseTransition giveUp = new PauseTransition(Duration.seconds(150));
        giveUp.setOnFinished(e -> Platform.exit());
        giveUp.play();
    }
}

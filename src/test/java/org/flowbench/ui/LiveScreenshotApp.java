package org.flowbench.ui;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.Arrays;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.flowbench.testsupport.ExportDatagrams;
import org.flowbench.testsupport.SequencedExporter;
import org.flowbench.ui.common.FxTaskRunner;
import org.flowbench.ui.common.SceneSnapshot;
import org.flowbench.ui.live.LiveViewModel;

/**
 * The window with the Live panel collecting a replayed flood, for {@code LiveScreenshotTest}:
 * started in a child JVM under Xvfb with the workspace and PNG paths as arguments; sends for
 * {@link #SECONDS} seconds, writes the PNG while the session still runs, then quits.
 */
public final class LiveScreenshotApp extends Application {
    static final int SECONDS = 28;

    private StoreWorkbenchServices services;
    private FxTaskRunner runner;
    private WorkbenchWindow window;

    /** Not an Application subclass itself, so JavaFX starts from the class path without complaint. */
    public static final class Main {
        public static void main(String[] args) {
            Application.launch(LiveScreenshotApp.class, args);
        }
    }

    @Override
    public void start(Stage stage) throws Exception {
        Path workspace = Path.of(getParameters().getRaw().get(0));
        Path png = Path.of(getParameters().getRaw().get(1));
        services = StoreWorkbenchServices.open(workspace);
        runner = new FxTaskRunner();
        window = WorkbenchWindow.show(stage, services, runner, null, null, status -> Platform.exit());
        window.model().showLive();
        LiveViewModel live = window.model().live();
        live.collector().allowEntryProperty().set("127.0.0.0/29");
        live.collector().addAllowEntry();
        live.datasetNameProperty().set("edge-lab flood");
        live.sessionProperty().addListener((obs, old, session) -> {
            if (session != null && old == null) startSending(session.listening().get(0), () -> Platform.runLater(() -> {
                // a moment for the last rates to reach the chart, then the picture, while the session runs
                PauseTransition settle = new PauseTransition(Duration.seconds(1.5));
                settle.setOnFinished(e -> shoot(stage, png));
                settle.play();
            }));
        });
        live.errorProperty().addListener((obs, old, error) -> {
            // the default ports are taken on this machine: let the system choose
            if (!error.isEmpty() && live.sessionProperty().get() == null) {
                live.collector().listenProperty().set("127.0.0.1:0");
                live.start();
            }
        });
        live.start();
    }

    private void shoot(Stage stage, Path png) {
        runner.run(SceneSnapshot.toPng(stage.getScene(), png)
                .onSuccess(path -> System.err.println("live screenshot written to " + path))
                .onFailure(error -> System.err.println("live screenshot failed: " + error))
                .onFinally(Platform::exit));
    }

    /** Three exporters with a flood building and fading on the first, and one outside the allowlist. */
    private static void startSending(InetSocketAddress to, Runnable done) {
        Thread sender = new Thread(() -> {
            try (SequencedExporter router1 = new SequencedExporter("127.0.0.1", to, ExportDatagrams.softflowdV5());
                 SequencedExporter router2 = new SequencedExporter("127.0.0.2", to, ExportDatagrams.softflowdV9());
                 SequencedExporter router3 = new SequencedExporter("127.0.0.3", to, ExportDatagrams.softflowdV5());
                 SequencedExporter stranger = new SequencedExporter("127.0.0.9", to, ExportDatagrams.softflowdV5())) {
                byte[] cut = Arrays.copyOf(ExportDatagrams.softflowdV5().get(0), 100);
                Thread.sleep(2000);  // a quiet start, as before an attack
                for (int step = 0; step < SECONDS * 10; step++) {
                    double t = step / 10.0;
                    double flood = Math.exp(-Math.pow((t - SECONDS * 0.55) / 4.0, 2));
                    router1.send(1 + (int) Math.round(14 * flood));
                    if (step % 2 == 0) router2.send(1);
                    router3.send(step % 3 == 0 ? 1 : 0);
                    if (step % 25 == 0) router3.sendRaw(cut);
                    if (step % 7 == 0) stranger.send(1);
                    Thread.sleep(100);
                    // the picture is taken in the last seconds, while traffic still arrives
                    if (step == SECONDS * 10 - 25) done.run();
                }
            } catch (Exception e) {
                System.err.println("live screenshot sender failed: " + e);
            }
        }, "live-screenshot-sender");
        sender.setDaemon(true);
        sender.start();
    }

    @Override
    public void stop() throws Exception {
        if (window != null) window.model().live().close();
        if (runner != null) runner.close();
        if (services != null) services.close();
    }
}

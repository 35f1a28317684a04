package org.flowbench.ui;

import java.time.Duration;
import java.time.Instant;
import java.util.function.IntConsumer;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * Reports when the first window is on screen, for bench/first-window.sh: with
 * {@code flowbench.firstWindow=print} it prints one line to stderr, with {@code =exit} it also
 * quits (status 0). The time is counted from the process start, so it includes the native
 * launcher, the JVM, opening the workspace and building the window; the CPU time the process
 * spent until then tells, on a busy machine, what an idle one would need. The window shows before
 * the workspace opens (docs/decisions/0210), so a second line tells when its datasets are listed;
 * with {@code =exit} the application quits after that line.
 */
final class FirstWindowProbe {
    static final String PROPERTY = "flowbench.firstWindow";
    static final String LINE_PREFIX = "flowbench: first window shown after ";
    static final String READY_PREFIX = "flowbench: workspace listed after ";

    private FirstWindowProbe() {}

    static void attachIfRequested(Stage stage, IntConsumer exit) {
        String mode = System.getProperty(PROPERTY, "");
        if (!mode.equals("print") && !mode.equals("exit")) return;
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> {
            Instant now = Instant.now();
            ProcessHandle.Info process = ProcessHandle.current().info();
            Instant start = process.startInstant().orElse(now);
            long cpu = process.totalCpuDuration().map(Duration::toMillis).orElse(-1L);
            System.err.println(LINE_PREFIX + Duration.between(start, now).toMillis() + " ms, CPU " + cpu + " ms (epoch ms "
                    + now.toEpochMilli() + ")");
        });
    }

    /** The workspace's dataset list is on screen: the window is usable. */
    static void workspaceShown(IntConsumer exit) {
        String mode = System.getProperty(PROPERTY, "");
        if (!mode.equals("print") && !mode.equals("exit")) return;
        Instant now = Instant.now();
        ProcessHandle.Info process = ProcessHandle.current().info();
        long cpu = process.totalCpuDuration().map(Duration::toMillis).orElse(-1L);
        System.err.println(READY_PREFIX + Duration.between(process.startInstant().orElse(now), now).toMillis()
                + " ms, CPU " + cpu + " ms");
        if (mode.equals("exit")) Platform.runLater(() -> exit.accept(0));
    }

    /** Opening failed: in exit mode, quit with status 1 rather than wait for a list that never comes. */
    static void workspaceFailed(IntConsumer exit) {
        if (System.getProperty(PROPERTY, "").equals("exit")) Platform.runLater(() -> exit.accept(1));
    }
}

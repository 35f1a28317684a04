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
 * spent until then tells, on a busy machine, what an idle one would need.
 */
final class FirstWindowProbe {
    static final String PROPERTY = "flowbench.firstWindow";
    static final String LINE_PREFIX = "flowbench: first window shown after ";

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
            if (mode.equals("exit")) Platform.runLater(() -> exit.accept(0));
        });
    }
}

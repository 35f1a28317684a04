package org.flowbench.ui;

import java.nio.file.Path;
import java.util.function.IntConsumer;
import javafx.animation.PauseTransition;
import javafx.beans.InvalidationListener;
import javafx.scene.Scene;
import javafx.util.Duration;
import org.flowbench.task.TaskRunner;
import org.flowbench.ui.common.SceneSnapshot;
import org.flowbench.ui.explore.ExploreViewModel;
import org.flowbench.ui.explore.TrafficChartViewModel;

/**
 * Writes a PNG of the window once the chart shows data ({@code flowbench.screenshot=FILE}),
 * for the docs and the real-window test; optionally quits afterwards with status 0, or 3 when
 * no data arrived in time (the PNG is written anyway, to show what was on screen).
 */
final class ScreenshotHook {
    static final String FILE_PROPERTY = "flowbench.screenshot";
    static final String EXIT_PROPERTY = "flowbench.exitAfterScreenshot";
    /** A filter the Explore view applies before the picture (the docs show one). */
    static final String FILTER_PROPERTY = "flowbench.screenshot.filter";
    /** Let the chart lay out and paint before taking the picture. */
    private static final Duration SETTLE = Duration.seconds(1.5);
    private static final Duration GIVE_UP = Duration.seconds(90);

    private final Scene scene;
    private final Path file;
    private final TaskRunner runner;
    private final IntConsumer exit;
    private final PauseTransition settle = new PauseTransition(SETTLE);
    private final PauseTransition giveUp = new PauseTransition(GIVE_UP);
    private boolean taken;

    private ScreenshotHook(Scene scene, Path file, TaskRunner runner, IntConsumer exit) {
        this.scene = scene;
        this.file = file;
        this.runner = runner;
        this.exit = exit;
    }

    /**
     * Arms the hook if the system property asks for a screenshot.
     *
     * @param exit called with the exit status after writing, when the exit property is true
     */
    static void armIfRequested(Scene scene, TrafficChartViewModel chart, ExploreViewModel explore, TaskRunner runner,
                               IntConsumer exit) {
        String target = System.getProperty(FILE_PROPERTY);
        if (target == null || target.isBlank()) return;
        IntConsumer then = Boolean.getBoolean(EXIT_PROPERTY) ? exit : status -> { };
        new ScreenshotHook(scene, Path.of(target), runner, then).arm(chart, explore, System.getProperty(FILTER_PROPERTY, ""));
    }

    private void arm(TrafficChartViewModel chart, ExploreViewModel explore, String filter) {
        settle.setOnFinished(e -> take(0));
        giveUp.setOnFinished(e -> take(3));
        InvalidationListener check = obs -> {
            boolean exploreReady = explore.resultProperty().get() != null && !explore.loadingProperty().get();
            if (exploreReady && !filter.isBlank() && !explore.filter().applied().get().text().equals(filter.strip())) {
                explore.filter().textProperty().set(filter);
                explore.filter().apply();
                return;
            }
            if (!chart.points().isEmpty() && !chart.loadingProperty().get() && exploreReady) settle.playFromStart();
        };
        chart.points().addListener(check);
        chart.loadingProperty().addListener(check);
        explore.resultProperty().addListener(check);
        explore.loadingProperty().addListener(check);
        giveUp.play();
    }

    private void take(int status) {
        if (taken) return;
        taken = true;
        settle.stop();
        giveUp.stop();
        if (status != 0) System.err.println("flowbench: no traffic on the chart after " + GIVE_UP + "; screenshot anyway");
        runner.run(SceneSnapshot.toPng(scene, file)
                .onSuccess(path -> System.err.println("flowbench: screenshot written to " + path))
                .onFailure(error -> System.err.println("flowbench: screenshot failed: " + error))
                .onFinally(() -> exit.accept(status)));
    }
}

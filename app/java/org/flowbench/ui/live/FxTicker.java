package org.flowbench.ui.live;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;

/** A {@link Ticker} on the FX thread: a one-second Timeline. */
public final class FxTicker implements Ticker {
    private Timeline timeline;

    @Override
    public void start(Runnable tick) {
        stop();
        timeline = new Timeline(new KeyFrame(Duration.seconds(1), e -> tick.run()));
        timeline.setCycleCount(Timeline.INDEFINITE);
        timeline.play();
    }

    @Override
    public void stop() {
        if (timeline != null) timeline.stop();
        timeline = null;
    }
}

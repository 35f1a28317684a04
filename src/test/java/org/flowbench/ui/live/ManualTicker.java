package org.flowbench.ui.live;

/** A ticker the test drives: {@link #tick()} runs the callback at once, as the timeline would each second. */
public final class ManualTicker implements Ticker {
    private Runnable tick;

    @Override
    public void start(Runnable callback) { tick = callback; }

    @Override
    public void stop() { tick = null; }

    public boolean isRunning() { return tick != null; }

    public void tick() {
        if (tick != null) tick.run();
    }
}

package org.flowbench.ui.live;

/**
 * Calls back about every second on the UI thread while started: the Live panel's refresh.
 * The window uses {@link FxTicker}; view model tests tick by hand.
 */
public interface Ticker {
    void start(Runnable tick);

    void stop();
}

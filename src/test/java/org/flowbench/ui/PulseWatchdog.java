package org.flowbench.ui;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import javafx.animation.AnimationTimer;

/**
 * Watches the FX thread while it runs: an AnimationTimer asks for a pulse every frame, and at
 * each one this records the wall time since the last pulse and the CPU time the FX thread
 * spent in between. The CPU figure is what our code costs the thread (a stall the user would
 * feel on an idle machine); the wall figure also counts time the OS gave to other processes,
 * which on a loaded build machine says more about the machine than about the code.
 */
final class PulseWatchdog extends AnimationTimer {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private long lastWall, lastCpu;
    private volatile long maxGapNanos, maxCpuNanos;
    private volatile long pulses;

    @Override
    public void handle(long now) {
        long cpu = THREADS.getCurrentThreadCpuTime();
        if (lastWall != 0) {
            maxGapNanos = Math.max(maxGapNanos, now - lastWall);
            maxCpuNanos = Math.max(maxCpuNanos, cpu - lastCpu);
        }
        lastWall = now;
        lastCpu = cpu;
        pulses++;
    }

    /** The longest wall-clock gap between two pulses. */
    long maxGapMillis() { return maxGapNanos / 1_000_000; }

    /** The most CPU time the FX thread spent between two pulses. */
    long maxBusyMillis() { return maxCpuNanos / 1_000_000; }

    long pulses() { return pulses; }
}

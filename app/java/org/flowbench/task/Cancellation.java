package org.flowbench.task;

import java.util.concurrent.CancellationException;

/** A cancel flag that long work polls; cheap enough to check once per batch of packets. */
public final class Cancellation {
    private volatile boolean cancelled;

    public void cancel() { cancelled = true; }

    public boolean isCancelled() { return cancelled; }

    /** Throws {@link CancellationException} when cancel was requested. */
    public void check() {
        if (cancelled) throw new CancellationException("cancelled by the user");
    }

    public static Cancellation none() { return new Cancellation(); }
}

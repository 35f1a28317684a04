package org.flowbench.task;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A cancel flag that long work polls; cheap enough to check once per batch of packets. Work
 * that blocks where it cannot poll (a database statement) registers a hook that stops it.
 */
public final class Cancellation {
    private volatile boolean cancelled;
    private final List<Runnable> hooks = new CopyOnWriteArrayList<>();

    /** Sets the flag, then runs the hooks registered at that moment (on the caller's thread). */
    public void cancel() {
        cancelled = true;
        for (Runnable hook : hooks) hook.run();
    }

    public boolean isCancelled() { return cancelled; }

    /** Throws {@link CancellationException} when cancel was requested. */
    public void check() {
        if (cancelled) throw new CancellationException("cancelled by the user");
    }

    /**
     * Runs {@code hook} if cancel is requested before the returned registration is closed (at
     * once when it already was). Hooks must be quick and must not throw.
     */
    public Registration onCancel(Runnable hook) {
        hooks.add(hook);
        if (cancelled) hook.run();
        return () -> hooks.remove(hook);
    }

    /** Ends an {@link #onCancel} hook's watch; closing twice is harmless. */
    public interface Registration extends AutoCloseable {
        @Override
        void close();
    }

    public static Cancellation none() { return new Cancellation(); }
}

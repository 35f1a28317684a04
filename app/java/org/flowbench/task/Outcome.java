package org.flowbench.task;

import java.util.concurrent.CancellationException;

/** How a piece of background work ended. */
record Outcome<T>(Kind kind, T value, Throwable error) {
    enum Kind { SUCCESS, FAILURE, CANCELLED }

    /** Runs the work and classifies how it ended; never throws. */
    static <T> Outcome<T> of(BackgroundTask<T> task, Progress progress, Cancellation cancellation) {
        if (cancellation.isCancelled()) return new Outcome<>(Kind.CANCELLED, null, null);
        try {
            return new Outcome<>(Kind.SUCCESS, task.work().run(progress, cancellation), null);
        } catch (CancellationException e) {
            return new Outcome<>(Kind.CANCELLED, null, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome<>(Kind.CANCELLED, null, e);
        } catch (Throwable e) {
            // Errors too: a missing native library must reach the user, not end a worker silently.
            return new Outcome<>(Kind.FAILURE, null, e);
        }
    }
}

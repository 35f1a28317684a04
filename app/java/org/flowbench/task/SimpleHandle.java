package org.flowbench.task;

/** A handle backed by a {@link Cancellation} flag and a done flag. */
final class SimpleHandle implements TaskHandle {
    private final String title;
    private final Cancellation cancellation = new Cancellation();
    private volatile boolean done;

    SimpleHandle(String title) { this.title = title; }

    Cancellation cancellation() { return cancellation; }

    void markDone() { done = true; }

    @Override public String title() { return title; }

    @Override public void cancel() { cancellation.cancel(); }

    @Override public boolean isCancelled() { return cancellation.isCancelled(); }

    @Override public boolean isDone() { return done; }
}

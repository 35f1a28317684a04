package org.flowbench.task;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs work on a worker pool and hands progress and outcome to a callback executor (the FX
 * thread in the GUI). Progress is coalesced: a decoder may report thousands of times a second,
 * the callback thread sees at most one pending update per task, always the latest.
 */
public final class ExecutorTaskRunner implements TaskRunner, AutoCloseable {
    private final ExecutorService workers;
    private final Executor callbacks;

    public ExecutorTaskRunner(ExecutorService workers, Executor callbacks) {
        this.workers = workers;
        this.callbacks = callbacks;
    }

    @Override
    public <T> TaskHandle run(BackgroundTask<T> task) {
        SimpleHandle handle = new SimpleHandle(task.title());
        CoalescingProgress progress = new CoalescingProgress(task.progressCallback(), callbacks);
        workers.execute(() -> {
            Outcome<T> outcome = Outcome.of(task, progress, handle.cancellation());
            progress.close();
            callbacks.execute(() -> {
                try {
                    task.complete(outcome);
                } finally {
                    handle.markDone();
                }
            });
        });
        return handle;
    }

    /** Stops accepting work and asks running work to stop; waits briefly for it. */
    @Override
    public void close() {
        workers.shutdownNow();
        try {
            workers.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static final class CoalescingProgress implements Progress {
        private record Update(long done, long total, String message) { }

        private final Progress target;
        private final Executor callbacks;
        private final AtomicReference<Update> latest = new AtomicReference<>();
        private final AtomicBoolean scheduled = new AtomicBoolean();
        private volatile boolean closed;

        CoalescingProgress(Progress target, Executor callbacks) {
            this.target = target;
            this.callbacks = callbacks;
        }

        @Override
        public void update(long done, long total, String message) {
            if (closed) return;
            latest.set(new Update(done, total, message));
            if (scheduled.compareAndSet(false, true)) callbacks.execute(this::deliver);
        }

        private void deliver() {
            scheduled.set(false);
            Update update = latest.getAndSet(null);
            if (update != null) target.update(update.done(), update.total(), update.message());
        }

        /** Later updates are dropped; ones already queued still arrive before the outcome. */
        void close() { closed = true; }
    }
}

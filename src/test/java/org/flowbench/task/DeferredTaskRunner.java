package org.flowbench.task;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Queues tasks until the test says {@link #runAll()}: lets a test look at the state while a
 * task is "running" (progress, cancel buttons) and then finish it on the same thread.
 */
public final class DeferredTaskRunner implements TaskRunner {
    private final Deque<Runnable> queue = new ArrayDeque<>();

    @Override
    public <T> TaskHandle run(BackgroundTask<T> task) {
        SimpleHandle handle = new SimpleHandle(task.title());
        queue.add(() -> {
            task.complete(Outcome.of(task, task.progressCallback(), handle.cancellation()));
            handle.markDone();
        });
        return handle;
    }

    public int pending() { return queue.size(); }

    /** Runs the oldest queued task only (its callbacks may queue more). */
    public void runNext() {
        queue.poll().run();
    }

    /** Runs queued tasks, including ones their callbacks queue, until none is left. */
    public void runAll() {
        while (!queue.isEmpty()) queue.poll().run();
    }
}

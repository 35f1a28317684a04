package org.flowbench.task;

/** Runs the work and its callbacks at once on the calling thread: deterministic unit tests. */
public final class SameThreadTaskRunner implements TaskRunner {
    @Override
    public <T> TaskHandle run(BackgroundTask<T> task) {
        SimpleHandle handle = new SimpleHandle(task.title());
        Outcome<T> outcome = Outcome.of(task, task.progressCallback(), handle.cancellation());
        task.complete(outcome);
        handle.markDone();
        return handle;
    }
}

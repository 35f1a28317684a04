package org.flowbench.task;

/**
 * The one threading seam: long work goes to a worker, the outcome comes back on the callback
 * thread. The GUI uses an FX implementation; tests use {@link SameThreadTaskRunner}.
 */
public interface TaskRunner {
    <T> TaskHandle run(BackgroundTask<T> task);
}

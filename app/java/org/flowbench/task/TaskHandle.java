package org.flowbench.task;

/** A submitted task, as the code that started it sees it. */
public interface TaskHandle {
    String title();

    /** Asks the work to stop; it stops at its next cancellation check. */
    void cancel();

    boolean isCancelled();

    /** True once the outcome callbacks have run. */
    boolean isDone();
}

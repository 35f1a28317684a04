package org.flowbench.ui.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import org.flowbench.task.BackgroundTask;
import org.flowbench.task.ExecutorTaskRunner;
import org.flowbench.task.TaskHandle;
import org.flowbench.task.TaskRunner;

/**
 * The GUI's task runner: work on daemon worker threads, progress and outcome on the FX thread,
 * so view models only ever change observable state there.
 */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {
    private final ExecutorTaskRunner delegate;

    public FxTaskRunner() {
        this(Executors.newCachedThreadPool(new WorkerThreads()));
    }

    public FxTaskRunner(ExecutorService workers) {
        delegate = new ExecutorTaskRunner(workers, Platform::runLater);
    }

    @Override
    public <T> TaskHandle run(BackgroundTask<T> task) {
        return delegate.run(task);
    }

    @Override
    public void close() {
        delegate.close();
    }

    /** Daemon threads: a running import must not keep the JVM alive after the window closed. */
    private static final class WorkerThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable work) {
            Thread thread = new Thread(work, "flowbench-worker-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}

package org.flowbench.task;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * A unit of long work plus what to do with its outcome. The callbacks run on the runner's
 * callback thread (the FX thread in the GUI), never on the worker thread.
 *
 * @param <T> what the work returns
 */
public final class BackgroundTask<T> {
    /** The work itself: runs on a worker thread, reports progress, polls the cancellation. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Progress progress, Cancellation cancellation) throws Exception;
    }

    private final String title;
    private final Work<T> work;
    private Consumer<? super T> onSuccess = result -> { };
    private Consumer<Throwable> onFailure = error -> { };
    private Runnable onCancelled = () -> { };
    private Runnable onFinally = () -> { };
    private Progress onProgress = Progress.NONE;

    private BackgroundTask(String title, Work<T> work) {
        this.title = Objects.requireNonNull(title, "title");
        this.work = Objects.requireNonNull(work, "work");
    }

    public static <T> BackgroundTask<T> of(String title, Work<T> work) {
        return new BackgroundTask<>(title, work);
    }

    public BackgroundTask<T> onSuccess(Consumer<? super T> callback) {
        onSuccess = Objects.requireNonNull(callback);
        return this;
    }

    /** Called with the exception the work threw; a cancellation goes to {@link #onCancelled}. */
    public BackgroundTask<T> onFailure(Consumer<Throwable> callback) {
        onFailure = Objects.requireNonNull(callback);
        return this;
    }

    /** Called when the work was cancelled before it started or ended by throwing on cancel. */
    public BackgroundTask<T> onCancelled(Runnable callback) {
        onCancelled = Objects.requireNonNull(callback);
        return this;
    }

    /**
     * Adds a callback that runs last, whatever the outcome; callbacks added earlier run first.
     * Additive so that a task list can track a task its creator already configured.
     */
    public BackgroundTask<T> onFinally(Runnable callback) {
        Objects.requireNonNull(callback);
        Runnable before = onFinally;
        onFinally = () -> {
            try {
                before.run();
            } finally {
                callback.run();
            }
        };
        return this;
    }

    /**
     * Adds a progress listener (additive, like {@link #onFinally}). A runner may drop
     * intermediate updates when they come faster than the callback thread takes them.
     */
    public BackgroundTask<T> onProgress(Progress callback) {
        Objects.requireNonNull(callback);
        Progress before = onProgress;
        onProgress = (done, total, message) -> {
            before.update(done, total, message);
            callback.update(done, total, message);
        };
        return this;
    }

    public String title() { return title; }

    Work<T> work() { return work; }

    Progress progressCallback() { return onProgress; }

    /** Delivers the outcome; runners call this on their callback thread. */
    void complete(Outcome<T> outcome) {
        try {
            switch (outcome.kind()) {
                case SUCCESS -> onSuccess.accept(outcome.value());
                case FAILURE -> onFailure.accept(outcome.error());
                case CANCELLED -> onCancelled.run();
            }
        } finally {
            onFinally.run();
        }
    }
}

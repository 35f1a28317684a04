package org.flowbench.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TaskRunnerTest {
    /** Stands in for the FX thread: one thread that runs callbacks in order. */
    private final ExecutorService callbackThread = Executors.newSingleThreadExecutor(r -> new Thread(r, "callbacks"));
    private final ExecutorTaskRunner runner = new ExecutorTaskRunner(Executors.newCachedThreadPool(), callbackThread);

    @AfterEach
    void stop() {
        runner.close();
        callbackThread.shutdownNow();
    }

    @Test
    void sameThreadRunnerDeliversSuccessThenFinally() {
        List<String> events = new ArrayList<>();
        TaskHandle handle = new SameThreadTaskRunner().run(BackgroundTask.of("t", (p, c) -> {
                    p.update(1, 2, "half");
                    return 42;
                })
                .onProgress((done, total, message) -> events.add("progress " + done + "/" + total + " " + message))
                .onSuccess(value -> events.add("success " + value))
                .onFinally(() -> events.add("finally")));
        assertThat(events).containsExactly("progress 1/2 half", "success 42", "finally");
        assertThat(handle.isDone()).isTrue();
    }

    @Test
    void failureAndCancellationAreTold() {
        List<String> events = new ArrayList<>();
        SameThreadTaskRunner same = new SameThreadTaskRunner();
        same.run(BackgroundTask.of("fails", (p, c) -> { throw new IllegalStateException("boom"); })
                .onFailure(error -> events.add("failure " + error.getMessage()))
                .onFinally(() -> events.add("finally 1")));
        same.run(BackgroundTask.of("cancels", (p, c) -> { throw new CancellationException(); })
                .onFailure(error -> events.add("wrong"))
                .onCancelled(() -> events.add("cancelled"))
                .onFinally(() -> events.add("finally 2")));
        assertThat(events).containsExactly("failure boom", "finally 1", "cancelled", "finally 2");
    }

    @Test
    void finallyCallbacksAddUpInOrder() {
        List<String> events = new ArrayList<>();
        new SameThreadTaskRunner().run(BackgroundTask.of("t", (p, c) -> "x")
                .onFinally(() -> events.add("first"))
                .onFinally(() -> events.add("second")));
        assertThat(events).containsExactly("first", "second");
    }

    @Test
    void callbacksRunOnTheCallbackThreadNotTheWorker() throws Exception {
        List<String> threads = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(1);
        runner.run(BackgroundTask.of("t", (p, c) -> Thread.currentThread().getName())
                .onSuccess(worker -> {
                    threads.add(worker);
                    threads.add(Thread.currentThread().getName());
                })
                .onFinally(done::countDown));
        assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(threads.get(0)).isNotEqualTo("callbacks");
        assertThat(threads.get(1)).isEqualTo("callbacks");
    }

    @Test
    void cancelStopsWorkThatPollsTheCancellation() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch ended = new CountDownLatch(1);
        List<String> events = new ArrayList<>();
        TaskHandle handle = runner.run(BackgroundTask.<Void>of("loop", (p, c) -> {
                    started.countDown();
                    while (true) {
                        c.check();
                        Thread.sleep(1);
                    }
                })
                .onCancelled(() -> events.add("cancelled"))
                .onFinally(ended::countDown));
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        handle.cancel();
        assertThat(ended.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(events).containsExactly("cancelled");
        assertThat(handle.isCancelled()).isTrue();
    }

    @Test
    void progressIsCoalescedButTheLastUpdateArrivesBeforeTheOutcome() throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        List<Long> seen = new ArrayList<>();
        List<String> order = new ArrayList<>();
        runner.run(BackgroundTask.of("many updates", (p, c) -> {
                    for (long i = 1; i <= 100_000; i++) p.update(i, 100_000, null);
                    return "ok";
                })
                .onProgress((d, t, m) -> seen.add(d))
                .onSuccess(v -> order.add("success after " + seen.get(seen.size() - 1)))
                .onFinally(done::countDown));
        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(seen).isSorted().last().isEqualTo(100_000L);
        assertThat(seen.size()).isLessThan(100_000);
        assertThat(order).containsExactly("success after 100000");
    }
}

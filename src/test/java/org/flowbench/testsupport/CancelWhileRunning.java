package org.flowbench.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.flowbench.filter.SqlFragment;
import org.flowbench.task.Cancellation;

/**
 * Starts work that would run for minutes (a statement over an endless subquery), cancels it once
 * it is under way, and checks that it ends with the user's cancellation within a minute.
 */
public final class CancelWhileRunning {
    private CancelWhileRunning() {}

    /** A condition whose (uncorrelated) subquery would keep DuckDB busy for many minutes. */
    public static final SqlFragment ENDLESS = new SqlFragment("(SELECT sum(r % 7) FROM range(200000000000) t(r)) >= 0", List.of());

    public static void assertStops(Cancellation cancel, Callable<?> work) throws Exception {
        CompletableFuture<Object> running = CompletableFuture.supplyAsync(() -> {
            try {
                return work.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        });
        Thread.sleep(500); // let the statement start; a cancel before it would stop it too
        assertThat(running).isNotDone();

        cancel.cancel();

        // without the interrupt the statement would run for many minutes
        assertThatThrownBy(() -> running.get(60, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(CancellationException.class);
    }
}

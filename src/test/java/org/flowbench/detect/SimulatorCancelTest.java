package org.flowbench.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.flowbench.filter.SqlFragment;
import org.flowbench.task.Cancellation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A replay or sweep stops when its task is cancelled, even inside a long DuckDB statement. */
class SimulatorCancelTest {
    /** A scope whose (uncorrelated) subquery would keep DuckDB busy for many minutes. */
    static final SqlFragment ENDLESS = new SqlFragment("(SELECT sum(r % 7) FROM range(200000000000) t(r)) >= 0", List.of());

    @TempDir java.nio.file.Path dir;

    static Rule rule(String scope) throws Exception {
        return new Rule("r", "", scope, Window.tumbling(Duration.ofSeconds(10)), GroupKey.DESTINATION,
                Condition.parse("pps > 0"), Duration.ZERO, Duration.ZERO);
    }

    @Test
    void cancelInterruptsTheRunningStatementAndTheWorkspaceStaysUsable() throws Exception {
        try (DetectFixture f = SweepScoreSuggestTest.fixture(dir)) {
            Simulator simulator = new Simulator(f.ws, DetectFixture.scopes(Map.of("endless", ENDLESS)));
            Cancellation cancel = new Cancellation();
            CompletableFuture<SimulationResult> replay = CompletableFuture.supplyAsync(() -> {
                try {
                    return simulator.run(List.of(f.dataset), RuleSet.of(rule("endless")), cancel);
                } catch (CancellationException e) {
                    throw e;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(500); // let the statement start; a cancel before it would stop it too
            assertThat(replay).isNotDone();

            cancel.cancel();

            // without the interrupt the statement would run for many minutes
            assertThatThrownBy(() -> replay.get(60, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(CancellationException.class);
            assertThat(simulator.run(List.of(f.dataset), RuleSet.of(rule(""))).alerts()).hasSize(2);
        }
    }

    @Test
    void aCancelledTaskRunsNoRuleAndNoSweepPoint() throws Exception {
        try (DetectFixture f = SweepScoreSuggestTest.fixture(dir)) {
            Cancellation cancel = new Cancellation();
            cancel.cancel();
            assertThatThrownBy(() -> f.simulator().run(List.of(f.dataset), RuleSet.of(rule("")), cancel))
                    .isInstanceOf(CancellationException.class);
            assertThatThrownBy(() -> new Sweep(f.ws, DetectFixture.scopes(Map.of())).run(List.of(f.dataset),
                    RuleSet.of(rule("")), SweepAxis.parse("pps=0:10:5"), null, List.of(), cancel))
                    .isInstanceOf(CancellationException.class);
        }
    }

    @Test
    void cancelStopsASweepWhileItComputesTheWindows() throws Exception {
        try (DetectFixture f = SweepScoreSuggestTest.fixture(dir)) {
            Sweep sweep = new Sweep(f.ws, DetectFixture.scopes(Map.of("endless", ENDLESS)));
            Cancellation cancel = new Cancellation();
            CompletableFuture<SweepResult> run = CompletableFuture.supplyAsync(() -> {
                try {
                    return sweep.run(List.of(f.dataset), RuleSet.of(rule("endless")), SweepAxis.parse("pps=0:10:5"), null,
                            List.of(), cancel);
                } catch (CancellationException e) {
                    throw e;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(500);
            assertThat(run).isNotDone();

            cancel.cancel();

            assertThatThrownBy(() -> run.get(60, TimeUnit.SECONDS)).hasCauseInstanceOf(CancellationException.class);
        }
    }
}

package org.flowbench.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.flowbench.testsupport.CancelWhileRunning.ENDLESS;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.flowbench.task.Cancellation;
import org.flowbench.testsupport.CancelWhileRunning;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A replay or sweep stops when its task is cancelled, even inside a long DuckDB statement. */
class SimulatorCancelTest {
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
            CancelWhileRunning.assertStops(cancel, () -> simulator.run(List.of(f.dataset), RuleSet.of(rule("endless")), cancel));
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
            CancelWhileRunning.assertStops(cancel, () -> sweep.run(List.of(f.dataset), RuleSet.of(rule("endless")),
                    SweepAxis.parse("pps=0:10:5"), null, List.of(), cancel));
        }
    }
}

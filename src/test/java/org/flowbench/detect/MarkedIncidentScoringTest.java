package org.flowbench.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flowbench.detect.SweepScoreSuggestTest.at;

import java.util.List;
import org.flowbench.store.Incident;
import org.flowbench.store.IncidentKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Incidents a user marks in Explore (stored for the dataset) are what the next Detect run is
 * scored against: {@link DatasetIncidents} reads them fresh. Same hand-worked fixture as
 * {@link SweepScoreSuggestTest}: "pps > 0" alerts on .10 over [0,30) and on .99 over [10,20).
 */
class MarkedIncidentScoringTest {
    @TempDir java.nio.file.Path dir;

    @Test
    void aMarkedAttackIsDetectedAndAMarkedBenignRangeLeavesItsAlertFalse() throws Exception {
        try (DetectFixture f = SweepScoreSuggestTest.fixture(dir)) {
            SimulationResult run = f.simulator().run(List.of(f.dataset), org.flowbench.detect.RuleSet.of(
                    SweepScoreSuggestTest.rule("pps > 0")));
            assertThat(DatasetIncidents.of(f.ws, List.of(f.dataset))).isEmpty();

            long attack = f.ws.incidents().add(new Incident(0, f.dataset, "marked flood", IncidentKind.ATTACK, at(10),
                    at(20), "203.0.113.10", "dst_addr = 203.0.113.10", null));
            f.ws.incidents().add(new Incident(0, f.dataset, "backup", IncidentKind.BENIGN, at(10), at(20),
                    "203.0.113.99", "dst_addr = 203.0.113.99", null));
            Score marked = Scorer.score(run.alerts(), DatasetIncidents.of(f.ws, List.of(f.dataset)), run.span());

            assertThat(marked.attacks()).isEqualTo(1);
            assertThat(marked.detected()).isEqualTo(1);
            assertThat(marked.trueAlerts()).isEqualTo(1);
            assertThat(marked.falseAlerts()).isEqualTo(1); // the .99 alert: benign traffic, not an attack
            assertThat(marked.outcomes()).singleElement().satisfies(o -> assertThat(o.incident().name()).isEqualTo("marked flood"));

            f.ws.incidents().delete(attack);
            Score unmarked = Scorer.score(run.alerts(), DatasetIncidents.of(f.ws, List.of(f.dataset)), run.span());
            assertThat(unmarked.attacks()).isZero();
            assertThat(unmarked.trueAlerts()).isZero();
            assertThat(unmarked.falseAlerts()).isEqualTo(2);
        }
    }
}

package org.flowbench.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.flowbench.ingest.ImportJob;
import org.flowbench.ingest.ImportReport;
import org.flowbench.store.DatasetStatus;
import org.flowbench.store.Incident;
import org.flowbench.store.IncidentKind;
import org.flowbench.store.Workspace;
import org.flowbench.task.Cancellation;
import org.flowbench.task.Progress;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every committed training-lab scenario through the default preset. What must be found comes
 * from each scenario's labels file: every attack is matched by an alert on its victim that
 * starts within one window of the attack's start (and not a window before it); a scenario
 * without attacks raises nothing.
 */
class TrainingLabScenariosTest {
    static final Path SAMPLES = Path.of("pcap-samples");
    @TempDir static Path dir;
    static Workspace ws;

    @BeforeAll
    static void open() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(SAMPLES), "pcap-samples/ is not in the working directory");
        ws = Workspace.open(dir.resolve("ws.duckdb"));
    }

    @AfterAll
    static void close() {
        if (ws != null) ws.close();
    }

    static Stream<String> scenarios() throws Exception {
        try (Stream<Path> files = Files.list(SAMPLES)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".pcap"))
                    .map(n -> n.substring(0, n.length() - ".pcap".length())).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void defaultPresetFindsEveryLabelledAttackWithinOneWindow(String scenario) throws Exception {
        Path pcap = SAMPLES.resolve(scenario + ".pcap");
        ImportReport report = new ImportJob(ws).importFile(pcap, Progress.NONE, new Cancellation());
        assertThat(report.status()).isEqualTo(DatasetStatus.COMPLETE);
        long id = report.datasetId();
        assertThat(ScenarioIncidents.attachBesides(ws, id, pcap)).isPositive();
        List<Incident> incidents = ws.incidents().forDataset(id);
        List<Incident> attacks = incidents.stream().filter(i -> i.kind() == IncidentKind.ATTACK).toList();

        RuleSet preset = Presets.load(Presets.DEFAULT);
        SimulationResult result = new Simulator(ws).run(List.of(id), preset);

        if (attacks.isEmpty()) {
            assertThat(result.alerts()).as("alerts in a scenario without attacks").isEmpty();
            return;
        }
        for (Incident attack : attacks) {
            AddressRange victim = AddressRange.parse(attack.victim());
            List<Alert> onVictim = result.alerts().stream()
                    .filter(a -> a.key().destination().map(d -> d.overlaps(victim)).orElse(false))
                    .filter(a -> a.start().isBefore(attack.end()) && attack.start().isBefore(a.end()))
                    .toList();
            assertThat(onVictim).as("alerts on %s during %s", attack.victim(), attack.name()).isNotEmpty();
            Alert first = onVictim.stream().min(java.util.Comparator.comparing(Alert::start)).orElseThrow();
            Duration window = preset.rule(first.rule()).orElseThrow().window().length();
            assertThat(first.start()).as("first alert on %s", attack.name())
                    .isBeforeOrEqualTo(attack.start().plus(window))
                    .isAfterOrEqualTo(attack.start().minus(window));
        }
        Score score = Scorer.score(result.alerts(), incidents, result.span());
        assertThat(score.recall()).isEqualTo(1.0);
    }
}

package org.flowbench.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.flowbench.filter.Filters;
import org.flowbench.filter.SqlFragment;
import org.flowbench.ingest.ImportJob;
import org.flowbench.ingest.ImportReport;
import org.flowbench.samples.IncidentLabel;
import org.flowbench.samples.LabelFile;
import org.flowbench.schema.FlowField;
import org.flowbench.store.DatasetStatus;
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
 * Explore answers on the committed training scenarios, checked against what other code knows
 * independently: the labels the generator counted packet by packet, and the dataset summary.
 */
class ExploreScenarioTest {
    static final Path SAMPLES = Path.of("pcap-samples");

    @TempDir static Path dir;
    static Workspace ws;
    static final List<Scenario> scenarios = new ArrayList<>();

    record Scenario(String name, long datasetId, List<IncidentLabel> labels) {
        @Override
        public String toString() { return name; }
    }

    @BeforeAll
    static void importEveryScenario() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(SAMPLES), "pcap-samples/ is not in the working directory");
        ws = Workspace.open(dir.resolve("ws.duckdb"));
        try (Stream<Path> files = Files.list(SAMPLES)) {
            for (Path pcap : files.filter(p -> p.toString().endsWith(".pcap")).sorted().toList()) {
                ImportReport r = new ImportJob(ws).importFile(pcap, Progress.NONE, Cancellation.none());
                assertThat(r.status()).as(r.message()).isEqualTo(DatasetStatus.COMPLETE);
                scenarios.add(new Scenario(pcap.getFileName().toString(), r.datasetId(),
                        LabelFile.read(LabelFile.besides(pcap).orElseThrow())));
            }
        }
        assertThat(scenarios).hasSizeGreaterThanOrEqualTo(7);
    }

    @AfterAll
    static void close() {
        if (ws != null) ws.close();
    }

    /** Called after {@link #importEveryScenario()}: parameterized arguments are resolved once the class is set up. */
    static List<Scenario> scenarios() {
        return scenarios;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void incidentTrafficMatchesItsLabelForTheVictimOverTheIncidentRange(Scenario s) throws Exception {
        ExploreQuery explore = new ExploreQuery(ws);
        for (IncidentLabel label : s.labels()) {
            SqlFragment filter = Filters.compile(label.filter());
            QuerySpec spec = QuerySpec.builder(s.datasetId()).range(label.start(), label.end()).filter(filter)
                    .metric(Metric.PACKETS).build();
            assertThat(explore.series(spec).series().get(0).stats().total()).as(label.name()).isEqualTo(label.packets());
            TopTable bytes = explore.top(spec.toBuilder().metric(Metric.BYTES).build());
            assertThat(bytes.total().total()).as(label.name()).isEqualTo(label.bytes());
            if (!label.kind().equals(IncidentLabel.ATTACK) || label.victim().contains("/")) continue;
            // the victim as a dimension: it leads the table, alone, with exactly the label's traffic
            TopTable byVictim = explore.top(spec.toBuilder().by(FlowField.DST_ADDR).build());
            assertThat(byVictim.rows()).singleElement().satisfies(r -> {
                assertThat(r.keys()).containsExactly(label.victim());
                assertThat(r.total()).isEqualTo(label.packets());
            });
            SeriesResult series = explore.series(spec.toBuilder().by(FlowField.DST_ADDR).metric(Metric.BPS).build());
            assertThat(series.series().get(0).label()).isEqualTo(label.victim());
            assertThat(series.series().get(0).stats().total()).isEqualTo(label.bytes() * 8.0);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void perProtocolTotalsMatchTheDatasetSummary(Scenario s) throws Exception {
        ExploreQuery explore = new ExploreQuery(ws);
        DatasetSummary summary = new DatasetSummaryQuery(ws).summarize(s.datasetId());
        QuerySpec byProto = QuerySpec.builder(s.datasetId()).by(FlowField.PROTO).top(256).metric(Metric.PACKETS).build();
        TopTable packets = explore.top(byProto);
        TopTable bytes = explore.top(byProto.toBuilder().metric(Metric.BYTES).build());
        SeriesResult series = explore.series(byProto.toBuilder().by(FlowField.PROTO).top(2).metric(Metric.BYTES).build());
        assertThat(packets.rows()).hasSameSizeAs(summary.protocols());
        for (DatasetSummary.ProtocolTotal p : summary.protocols()) {
            assertThat(packets.rows()).filteredOn(r -> r.label().equals(p.name())).singleElement()
                    .extracting(TopTable.Row::total).isEqualTo((double) p.packets());
            assertThat(bytes.rows()).filteredOn(r -> r.label().equals(p.name())).singleElement()
                    .extracting(TopTable.Row::total).isEqualTo((double) p.bytes());
        }
        assertThat(packets.total().total()).isEqualTo(summary.packets());
        double sum = 0;
        for (Series x : series.series()) sum += x.stats().total();
        assertThat(sum).isEqualTo(summary.bytes());
    }
}

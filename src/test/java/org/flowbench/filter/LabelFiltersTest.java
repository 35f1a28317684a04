package org.flowbench.filter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.flowbench.ingest.ImportJob;
import org.flowbench.ingest.ImportReport;
import org.flowbench.samples.IncidentLabel;
import org.flowbench.samples.LabelFile;
import org.flowbench.store.Workspace;
import org.flowbench.task.Cancellation;
import org.flowbench.task.Progress;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An independent check of the whole path: each sample's labels were counted by the generator
 * from the packets it wrote; the same filter text, compiled by us and run over the imported
 * capture in [start, end), must count exactly the same packets and bytes.
 */
class LabelFiltersTest {
    private static final Path SAMPLES = Path.of("pcap-samples");
    @TempDir Path dir;

    static Stream<Path> captures() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(SAMPLES), "pcap-samples/ is not in the working directory");
        try (Stream<Path> files = Files.list(SAMPLES)) {
            List<Path> pcaps = files.filter(p -> p.toString().endsWith(".pcap"))
                    .filter(p -> LabelFile.besides(p).isPresent()).sorted().toList();
            assertThat(pcaps).as("labelled captures in pcap-samples").isNotEmpty();
            return pcaps.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("captures")
    void labelFilterCountsTheLabelledPacketsAndBytes(Path pcap) throws Exception {
        List<IncidentLabel> labels = LabelFile.read(LabelFile.besides(pcap).orElseThrow());
        try (Workspace ws = Workspace.open(dir.resolve("ws.duckdb"))) {
            ImportReport r = new ImportJob(ws).importFile(pcap, Progress.NONE, Cancellation.none());
            for (IncidentLabel label : labels) {
                SqlFragment where = SqlFragment.of("dataset_id = ? AND ts >= ? AND ts < ?", r.datasetId(),
                        LocalDateTime.ofInstant(label.start(), ZoneOffset.UTC), LocalDateTime.ofInstant(label.end(), ZoneOffset.UTC))
                        .and(Filters.compile(label.filter()));
                try (PreparedStatement ps = ws.connection().prepareStatement(
                        "SELECT coalesce(sum(packets), 0)::BIGINT, coalesce(sum(bytes), 0)::BIGINT FROM flows WHERE " + where.sql())) {
                    for (int i = 0; i < where.params().size(); i++) ps.setObject(i + 1, where.params().get(i));
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        assertThat(new long[] {rs.getLong(1), rs.getLong(2)}).as(label.name() + ": " + label.filter())
                                .containsExactly(label.packets(), label.bytes());
                    }
                }
            }
        }
    }
}

package org.flowbench.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.flowbench.store.DatasetStatus;
import org.flowbench.store.DatasetTotals;
import org.flowbench.store.Workspace;
import org.flowbench.task.Cancellation;
import org.flowbench.task.Progress;
import org.flowbench.testsupport.SharedCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Captures of real exporters (../shared/exports) import as flow records whose count and sums
 * equal MANIFEST.tsv, the exporters' own totals as Wireshark decodes them.
 */
class FlowExportImportTest {
    @TempDir Path dir;

    @Test
    void everyExporterCaptureStoresTheManifestTotals() throws Exception {
        SharedCorpus.assumePresent();
        Path exports = SharedCorpus.root().resolve("exports");
        List<String[]> manifest = Files.readAllLines(exports.resolve("MANIFEST.tsv")).stream().skip(1)
                .map(l -> l.split("\t")).toList();
        assertThat(manifest).hasSize(9);
        try (Workspace ws = Workspace.open(dir.resolve("w.duckdb"))) {
            for (String[] row : manifest) {
                Path file = exports.resolve(row[0]);
                ImportReport report = new ImportJob(ws).importFile(file, Progress.NONE, new Cancellation());
                DatasetTotals stored = ws.datasets().storedTotals(report.datasetId());
                long records = Long.parseLong(row[3]);
                if (row[0].contains("biflow")) {
                    // tshark counts each biflow's reverse counters as a record of its own; we store a
                    // reverse record only where the reverse direction saw packets (decision 0060),
                    // which is exactly the uniflow export's record count
                    records = 9165;
                }
                assertThat(report.kind()).as(row[0]).isEqualTo(ImportReport.FLOW_EXPORTS);
                assertThat(report.status()).as(row[0] + ": " + report.message()).isEqualTo(DatasetStatus.COMPLETE);
                assertThat(stored.rows()).as(row[0] + " records").isEqualTo(records);
                assertThat(stored.packets()).as(row[0] + " packets").isEqualTo(Long.parseLong(row[4]));
                assertThat(stored.bytes()).as(row[0] + " bytes").isEqualTo(Long.parseLong(row[5]));
                long datagrams = report.exporters().stream().mapToLong(ExporterReport::datagrams).sum();
                assertThat(datagrams).as(row[0] + " datagrams").isEqualTo(Long.parseLong(row[2]));
            }
        }
    }

    @Test
    void asPacketsOverridesTheDetection() throws IOException, Exception {
        SharedCorpus.assumePresent();
        Path file = SharedCorpus.root().resolve("exports/softflowd_v5.pcap");
        try (Workspace ws = Workspace.open(dir.resolve("w.duckdb"))) {
            ImportReport report = new ImportJob(ws).importFile(file, ImportJob.As.PACKETS, Progress.NONE, new Cancellation());
            assertThat(report.kind()).isEqualTo(ImportReport.PACKETS);
            assertThat(report.ipPackets()).isEqualTo(309); // the export datagrams themselves
            assertThat(ws.datasets().get(report.datasetId()).orElseThrow().kind()).isEqualTo("pcap");
        }
    }
}

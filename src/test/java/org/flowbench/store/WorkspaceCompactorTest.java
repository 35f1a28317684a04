package org.flowbench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.flowbench.ingest.ImportJob;
import org.flowbench.task.Cancellation;
import org.flowbench.task.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceCompactorTest {
    @TempDir Path dir;

    @Test
    void deletingADatasetAndCompactingGivesTheSpaceBackAndKeepsTheRest() throws Exception {
        Path file = dir.resolve("ws.duckdb");
        long keep, drop;
        try (Workspace ws = Workspace.open(file)) {
            ImportJob job = new ImportJob(ws);
            keep = job.importFile(Path.of("pcap-samples/syn-flood.pcap"), Progress.NONE, Cancellation.none()).datasetId();
            drop = job.importFile(Path.of("pcap-samples/carpet-bombing.pcap"), Progress.NONE, Cancellation.none()).datasetId();
            ws.datasets().rename(keep, "  lab 3: syn flood ");
            ws.datasets().delete(drop);
        }
        WorkspaceCompactor.Result r = WorkspaceCompactor.compact(file);
        assertThat(r.after()).isLessThan(r.before());
        try (Workspace ws = Workspace.open(file)) {
            assertThat(ws.datasets().list()).extracting(DatasetInfo::name).containsExactly("lab 3: syn flood");
            assertThat(ws.datasets().get(drop)).isEmpty();
            assertThat(ws.datasets().storedTotals(keep).rows()).isPositive();
            long next = new ImportJob(ws).importFile(Path.of("pcap-samples/quiet-day.pcap"), Progress.NONE,
                    Cancellation.none()).datasetId();
            assertThat(next).isGreaterThan(drop); // ids are never reused, even after a compaction
        }
    }

    @Test
    void renameRefusesBlankNamesAndUnknownDatasets() throws Exception {
        try (Workspace ws = Workspace.open(dir.resolve("ws.duckdb"))) {
            assertThatThrownBy(() -> ws.datasets().rename(1, " ")).hasMessageContaining("non-blank");
            assertThatThrownBy(() -> ws.datasets().rename(99, "x")).hasMessageContaining("no dataset 99");
        }
    }
}

package org.flowbench.ui.datasets;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.flowbench.filter.Filters;
import org.flowbench.filter.SqlFragment;
import org.flowbench.ingest.ImportJob;
import org.flowbench.query.DatasetExport;
import org.flowbench.store.DatasetInfo;
import org.flowbench.store.Workspace;
import org.flowbench.store.WorkspaceCompactor;
import org.flowbench.task.Cancellation;
import org.flowbench.task.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sidebar's actions against a real workspace holding a training sample. */
class StoreDatasetActionsTest {
    @TempDir Path dir;

    @Test
    void renameExportAndDeleteThenCompactionGivesTheSpaceBack() throws Exception {
        Path file = dir.resolve("ws.duckdb");
        long id;
        DatasetInfo before;
        try (Workspace ws = Workspace.open(file)) {
            id = new ImportJob(ws).importFile(Path.of("pcap-samples/ntp-amplification.pcap"), Progress.NONE,
                    Cancellation.none()).datasetId();
            StoreDatasetActions actions = new StoreDatasetActions(ws);

            actions.rename(id, "monday flood");
            before = ws.datasets().get(id).orElseThrow();
            assertThat(before.name()).isEqualTo("monday flood");

            Path all = dir.resolve("all.csv");
            assertThat(actions.export(id, SqlFragment.TRUE, null, null, all, DatasetExport.Format.CSV)).isEqualTo(before.rows());
            assertThat(Files.readAllLines(all)).hasSize((int) before.rows() + 1); // header + one line per row

            Path udp = dir.resolve("udp.parquet");
            long udpRows = actions.export(id, Filters.compile("proto = UDP"), before.firstTs(), before.lastTs(), udp,
                    DatasetExport.Format.PARQUET);
            assertThat(udpRows).isPositive().isLessThanOrEqualTo(before.rows());
            assertThat(Files.size(udp)).isPositive();

            actions.delete(id);
            assertThat(ws.datasets().list()).isEmpty();
        }
        long size = Files.size(file);
        WorkspaceCompactor.Result r = WorkspaceCompactor.compact(file);
        assertThat(r.before()).isEqualTo(size);
        assertThat(r.after()).isLessThan(r.before());
    }
}

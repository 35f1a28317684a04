package org.flowbench.ui.datasets;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flowbench.enrich.GeoDatabases;
import org.flowbench.filter.SqlFragment;
import org.flowbench.query.DatasetExport;
import org.flowbench.store.AddressAnnotations;
import org.flowbench.store.ColumnMapping;
import org.flowbench.store.DatasetInfo;
import org.flowbench.store.DatasetStatus;
import org.flowbench.store.FlowTableImport;
import org.flowbench.task.DeferredTaskRunner;
import org.flowbench.task.SameThreadTaskRunner;
import org.flowbench.task.TaskRunner;
import org.flowbench.ui.StatusBarViewModel;
import org.flowbench.ui.TaskItem;
import org.flowbench.ui.datasets.DatasetActionsViewModel.ExportRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetActionsViewModelTest {
    private static final Instant START = Instant.parse("2024-03-01T12:00:00Z");
    private static final DatasetInfo DATASET = new DatasetInfo(7, "syn-flood.pcap", "/tmp/syn-flood.pcap", "pcap",
            DatasetStatus.COMPLETE, START, START, START.plusSeconds(59), 1000, 64000, 50, null);

    @TempDir Path dir;
    private final RecordingActions actions = new RecordingActions();
    private final List<Long> refreshed = new ArrayList<>();
    private int reclaimed;
    private GeoDatabases databases = GeoDatabases.NONE;
    private StatusBarViewModel statusBar;

    private DatasetActionsViewModel model(TaskRunner runner) {
        statusBar = new StatusBarViewModel(runner);
        return new DatasetActionsViewModel(() -> actions, statusBar, refreshed::add, () -> reclaimed++, () -> databases);
    }

    @Test
    void renameRenamesAndReloadsTheListKeepingTheDataset() {
        model(new SameThreadTaskRunner()).rename(DATASET, "  Monday's flood ");
        assertThat(actions.calls).containsExactly("rename 7 to   Monday's flood ");
        assertThat(refreshed).containsExactly(7L);
        assertThat(statusBar.messageProperty().get()).isEqualTo("Renamed syn-flood.pcap to Monday's flood");
    }

    @Test
    void deleteDeletesThenReclaimsTheSpace() {
        model(new SameThreadTaskRunner()).delete(DATASET);
        assertThat(actions.calls).containsExactly("delete 7");
        assertThat(reclaimed).isEqualTo(1);
    }

    @Test
    void aDeleteCancelledBeforeItRanDeletesNothing() {
        DeferredTaskRunner runner = new DeferredTaskRunner();
        TaskItem task = model(runner).delete(DATASET);
        task.cancel();
        runner.runAll();
        assertThat(actions.calls).isEmpty();
        assertThat(reclaimed).isZero();
        assertThat(statusBar.messageProperty().get()).isEqualTo("Delete of syn-flood.pcap cancelled: nothing deleted");
    }

    @Test
    void exportCompilesTheFilterAndReadsTheRangeInTheDisplayZone() {
        Path out = dir.resolve("out.parquet");
        var problem = model(new SameThreadTaskRunner()).export(new ExportRequest(DATASET, out, DatasetExport.Format.PARQUET,
                "2024-03-01 12:00:10", "2024-03-01 12:00:20", "proto = UDP"));
        assertThat(problem).isEmpty();
        assertThat(actions.calls).hasSize(1).first().asString()
                .startsWith("export 7 [2024-03-01T12:00:10Z, 2024-03-01T12:00:20Z) PARQUET to " + out)
                .contains("proto");
        assertThat(statusBar.messageProperty().get()).isEqualTo("Exported 42 rows of syn-flood.pcap to out.parquet");
    }

    @Test
    void anExportWithABadFilterOrRangeIsRefusedBeforeAnythingRuns() {
        DatasetActionsViewModel model = model(new SameThreadTaskRunner());
        Path out = dir.resolve("out.csv");
        assertThat(model.export(new ExportRequest(DATASET, out, DatasetExport.Format.CSV, "", "", "proto = = UDP")))
                .get().asString().startsWith("Filter: ");
        assertThat(model.export(new ExportRequest(DATASET, out, DatasetExport.Format.CSV, "yesterday", "", "")))
                .get().asString().contains("is not a time");
        assertThat(model.export(new ExportRequest(DATASET, out, DatasetExport.Format.CSV, "2024-03-01 13:00",
                "2024-03-01 12:00", ""))).contains("The range must end after it starts");
        assertThat(model.export(new ExportRequest(DATASET, null, DatasetExport.Format.CSV, "", "", ""))).contains("Choose the file to write");
        assertThat(actions.calls).isEmpty();
    }

    @Test
    void anExportCancelledWhileWritingLeavesNoFile() throws Exception {
        DeferredTaskRunner runner = new DeferredTaskRunner();
        DatasetActionsViewModel model = model(runner);
        Path out = dir.resolve("out.csv");
        model.export(new ExportRequest(DATASET, out, DatasetExport.Format.CSV, "", "", ""));
        TaskItem task = statusBar.tasks().get(0);
        actions.duringExport = () -> task.cancel();
        runner.runAll();
        assertThat(actions.calls).hasSize(1);
        assertThat(Files.exists(out)).isFalse();
        assertThat(statusBar.messageProperty().get()).isEqualTo("Export of syn-flood.pcap cancelled: no file written");
    }

    @Test
    void importTableUsesThePresetAndSelectsTheNewDataset() {
        model(new SameThreadTaskRunner()).importTable(dir.resolve("flows.parquet"), "nfdump");
        assertThat(actions.calls).containsExactly("import flows.parquet as nfdump");
        assertThat(refreshed).containsExactly(12L);
    }

    @Test
    void enrichWithoutDatabasesSaysWhyAndRunsNothing() {
        DatasetActionsViewModel model = model(new SameThreadTaskRunner());
        assertThat(model.enrich(DATASET)).isEmpty();
        assertThat(statusBar.messageProperty().get()).contains("no country or ASN database set");
        assertThat(actions.calls).isEmpty();

        databases = new GeoDatabases(dir.resolve("country.mmdb"), null);
        assertThat(model.enrich(DATASET)).isPresent();
        assertThat(actions.calls).containsExactly("enrich 7");
        assertThat(statusBar.messageProperty().get()).isEqualTo("Enriched syn-flood.pcap: 3 of 10 addresses known, 20 rows updated");
    }

    /** Records what the view model asked for; the real work is store's and tested there. */
    private static final class RecordingActions implements DatasetActions {
        final List<String> calls = new ArrayList<>();
        Runnable duringExport = () -> { };

        @Override public void rename(long id, String name) { calls.add("rename " + id + " to " + name); }

        @Override public void delete(long id) { calls.add("delete " + id); }

        @Override
        public long export(long id, SqlFragment filter, Instant from, Instant to, Path out, DatasetExport.Format format)
                throws Exception {
            calls.add("export " + id + " [" + from + ", " + to + ") " + format + " to " + out + " where " + filter.sql());
            Files.writeString(out, "rows");
            duringExport.run();
            return 42;
        }

        @Override
        public FlowTableImport.Result importTable(Path file, ColumnMapping mapping) {
            calls.add("import " + file.getFileName() + " as " + mapping.name());
            return new FlowTableImport.Result(12, DatasetStatus.COMPLETE, 100, 0, 0, Map.of());
        }

        @Override
        public AddressAnnotations.Outcome enrich(long id, GeoDatabases databases) {
            calls.add("enrich " + id);
            return new AddressAnnotations.Outcome(10, 3, 20);
        }
    }
}

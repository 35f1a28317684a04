package org.flowbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.flowbench.task.DeferredTaskRunner;
import org.flowbench.task.SameThreadTaskRunner;
import org.flowbench.ui.live.ManualTicker;
import org.junit.jupiter.api.Test;

class ImportViewModelTest {
    private final FakeWorkbenchServices services = new FakeWorkbenchServices();

    @Test
    void importShowsAsARunningTaskUntilItEnds() {
        DeferredTaskRunner runner = new DeferredTaskRunner();
        WorkbenchViewModel model = new WorkbenchViewModel(services, runner, new ManualTicker());

        model.imports().importFiles(List.of(Path.of("/c/one.pcap"), Path.of("/c/two.pcap")));

        assertThat(model.statusBar().tasks()).extracting(TaskItem::title)
                .containsExactly("Import one.pcap", "Import two.pcap");
        runner.runAll();
        assertThat(model.statusBar().tasks()).isEmpty();
        assertThat(model.datasets().datasets()).hasSize(2);
        assertThat(model.statusBar().messageProperty().get()).isEqualTo("Imported two.pcap: 30,007 frames, 30 rows");
    }

    @Test
    void progressReachesTheTaskItem() {
        DeferredTaskRunner runner = new DeferredTaskRunner();
        WorkbenchViewModel model = new WorkbenchViewModel(services, runner, new ManualTicker());
        TaskItem item = model.imports().importFile(Path.of("/c/one.pcap"));
        assertThat(item.progressProperty().get()).isEqualTo(TaskItem.INDETERMINATE);

        item.update(25, 100, "a quarter");

        assertThat(item.progressProperty().get()).isEqualTo(0.25);
        assertThat(item.messageProperty().get()).isEqualTo("a quarter");
    }

    @Test
    void cancelBeforeTheWorkRunsEndsTheTaskAsCancelled() {
        DeferredTaskRunner runner = new DeferredTaskRunner();
        WorkbenchViewModel model = new WorkbenchViewModel(services, runner, new ManualTicker());
        TaskItem item = model.imports().importFile(Path.of("/c/one.pcap"));

        item.cancel();
        assertThat(item.messageProperty().get()).isEqualTo("Cancelling...");
        assertThat(item.cancellingProperty().get()).isTrue();
        runner.runAll();

        assertThat(services.imported()).isEmpty();
        assertThat(model.statusBar().tasks()).isEmpty();
        assertThat(model.statusBar().messageProperty().get()).isEqualTo("Import of one.pcap cancelled");
    }

    @Test
    void escapeCancelsTheNewestTask() {
        DeferredTaskRunner runner = new DeferredTaskRunner();
        WorkbenchViewModel model = new WorkbenchViewModel(services, runner, new ManualTicker());
        TaskItem first = model.imports().importFile(Path.of("/c/one.pcap"));
        TaskItem second = model.imports().importFile(Path.of("/c/two.pcap"));

        model.statusBar().cancelNewest();

        assertThat(second.cancellingProperty().get()).isTrue();
        assertThat(first.cancellingProperty().get()).isFalse();
    }

    @Test
    void failedImportSaysWhyAndStillRefreshesTheList() {
        services.failImportsWith(new IOException("not a capture file: bad magic 0x0a0d0d0b"));
        WorkbenchViewModel model = new WorkbenchViewModel(services, new SameThreadTaskRunner(), new ManualTicker());

        model.imports().importFile(Path.of("/c/broken.pcap"));

        assertThat(model.statusBar().messageProperty().get())
                .isEqualTo("Import of broken.pcap failed: not a capture file: bad magic 0x0a0d0d0b");
        assertThat(services.listCalls()).isEqualTo(1);
        assertThat(model.statusBar().tasks()).isEmpty();
    }
}

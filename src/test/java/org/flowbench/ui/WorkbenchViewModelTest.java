package org.flowbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.flowbench.store.DatasetInfo;
import org.flowbench.task.DeferredTaskRunner;
import org.flowbench.task.SameThreadTaskRunner;
import org.flowbench.ui.live.ManualTicker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbenchViewModelTest {
    private final FakeWorkbenchServices services = new FakeWorkbenchServices();

    @Test
    void startListsDatasetsAndSelectsTheFirstWhichLoadsChartAndReport() {
        services.add("syn-flood.pcap", 40);
        services.add("dns.pcap", 10);
        WorkbenchViewModel model = new WorkbenchViewModel(services, new SameThreadTaskRunner(), new ManualTicker());

        model.start(null, null);

        assertThat(model.datasets().datasets()).extracting(DatasetInfo::name).containsExactly("syn-flood.pcap", "dns.pcap");
        assertThat(model.datasets().selectedProperty().get().name()).isEqualTo("syn-flood.pcap");
        assertThat(model.chart().points()).hasSize(40);
        assertThat(model.report().reportProperty().get().file()).isEqualTo("syn-flood.pcap");
        assertThat(model.statusBar().messageProperty().get()).isEqualTo("2 datasets in test.duckdb");
        assertThat(services.imported()).isEmpty();
    }

    @Test
    void selectingAnotherDatasetReloadsTheChart() {
        services.add("a.pcap", 40);
        DatasetInfo b = services.add("b.pcap", 7);
        WorkbenchViewModel model = new WorkbenchViewModel(services, new SameThreadTaskRunner(), new ManualTicker());
        model.start(null, null);

        model.datasets().selectedProperty().set(b);

        assertThat(model.chart().points()).hasSize(7);
        assertThat(model.chart().titleProperty().get()).isEqualTo("Traffic of b.pcap");
        assertThat(model.report().reportProperty().get().datasetId()).isEqualTo(b.id());
    }

    @Test
    void exploreShowsEverySelectedDatasetWhileTheOtherAreasKeepTheLeadOne() {
        DatasetInfo a = services.add("a.pcap", 40);
        DatasetInfo b = services.add("b.pcap", 7);
        WorkbenchViewModel model = new WorkbenchViewModel(services, new SameThreadTaskRunner(), new ManualTicker());
        model.start(null, null);
        assertThat(model.explore().datasets()).extracting(DatasetInfo::id).containsExactly(a.id());

        model.datasets().selection().setAll(a, b);

        assertThat(model.explore().datasets()).extracting(DatasetInfo::id).containsExactly(a.id(), b.id());
        assertThat(model.mitigate().datasetProperty().get().id()).isEqualTo(a.id());

        model.datasets().selectedProperty().set(b);
        model.datasets().selection().setAll(b);
        assertThat(model.explore().datasets()).extracting(DatasetInfo::id).containsExactly(b.id());
        model.refresh();
        assertThat(model.datasets().selection()).extracting(DatasetInfo::id).containsExactly(b.id());
    }

    @Test
    void openExploreSwitchesTheAreaAndAppliesTheRequestEvenTwice() {
        services.add("a.pcap", 40);
        WorkbenchViewModel model = new WorkbenchViewModel(services, new SameThreadTaskRunner(), new ManualTicker());
        model.start(null, null);
        java.time.Instant from = java.time.Instant.parse("2024-05-01T12:00:00Z"), to = from.plusSeconds(60);
        ExploreRequest request = new ExploreRequest("proto = 17", from, to, "test");

        model.workAreaProperty().set(WorkArea.DETECT);
        model.openExplore(request);

        assertThat(model.workAreaProperty().get()).isEqualTo(WorkArea.EXPLORE);
        assertThat(model.explore().filter().applied().get().text()).isEqualTo("proto = 17");
        assertThat(model.explore().range().rangeProperty().get()).isEqualTo(new org.flowbench.ui.explore.TimeRange(from, to));
        model.explore().range().back();
        model.workAreaProperty().set(WorkArea.DETECT);
        model.openExplore(request);
        assertThat(model.workAreaProperty().get()).isEqualTo(WorkArea.EXPLORE);
        assertThat(model.explore().range().rangeProperty().get().from()).isEqualTo(from);
        assertThat(model.exploreRequestProperty().get()).isEqualTo(request);
    }

    @Test
    void openFileIsImportedAndSelectedEvenWhenDatasetsExist() {
        services.add("old.pcap", 5);
        WorkbenchViewModel model = new WorkbenchViewModel(services, new SameThreadTaskRunner(), new ManualTicker());

        model.start(Path.of("/captures/new.pcap"), null);

        assertThat(services.imported()).containsExactly(Path.of("/captures/new.pcap"));
        assertThat(model.datasets().datasets()).hasSize(2);
        assertThat(model.datasets().selectedProperty().get().name()).isEqualTo("new.pcap");
        assertThat(model.chart().points()).hasSize(30);
    }

    @Test
    void emptyWorkspaceOpensThePreferredSample(@TempDir Path samples) throws IOException {
        Files.write(samples.resolve("a-first.pcap"), new byte[24]);
        Files.write(samples.resolve("ntp-amplification.pcap"), new byte[24]);
        WorkbenchViewModel model = new WorkbenchViewModel(services, new SameThreadTaskRunner(), new ManualTicker());

        model.start(null, samples);

        assertThat(services.imported()).containsExactly(samples.resolve("ntp-amplification.pcap"));
        assertThat(model.datasets().selectedProperty().get().name()).isEqualTo("ntp-amplification.pcap");
    }

    @Test
    void workspaceWithDatasetsDoesNotImportTheSample(@TempDir Path samples) throws IOException {
        Files.write(samples.resolve("ntp-amplification.pcap"), new byte[24]);
        services.add("mine.pcap", 3);
        WorkbenchViewModel model = new WorkbenchViewModel(services, new SameThreadTaskRunner(), new ManualTicker());

        model.start(null, samples);

        assertThat(services.imported()).isEmpty();
    }

    @Test
    void missingSamplesDirectoryLeavesAnEmptyWorkbench(@TempDir Path dir) {
        WorkbenchViewModel model = new WorkbenchViewModel(services, new SameThreadTaskRunner(), new ManualTicker());

        model.start(null, dir.resolve("absent"));

        assertThat(model.datasets().datasets()).isEmpty();
        assertThat(model.datasets().selectedProperty().get()).isNull();
        assertThat(model.chart().placeholderProperty().get()).isEqualTo("Select a dataset");
    }

    @Test
    void repairsMadeWhenOpeningAreShownOnce() {
        services.warnOnOpen("dataset 3 (big.pcap): import interrupted, marked partial");
        WorkbenchViewModel model = new WorkbenchViewModel(services, new SameThreadTaskRunner(), new ManualTicker());

        model.start(null, null);

        assertThat(model.statusBar().messageProperty().get())
                .isEqualTo("dataset 3 (big.pcap): import interrupted, marked partial");
    }

    @Test
    void titleNamesTheWorkspace() {
        WorkbenchViewModel model = new WorkbenchViewModel(services, new DeferredTaskRunner(), new ManualTicker());
        assertThat(model.titleProperty().get()).isEqualTo("Flowbench - test.duckdb");
    }
}

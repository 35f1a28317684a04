package org.flowbench.ui.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.flowbench.ingest.ImportReport;
import org.flowbench.query.TrafficPoint;
import org.flowbench.store.DatasetInfo;
import org.flowbench.task.Cancellation;
import org.flowbench.task.DeferredTaskRunner;
import org.flowbench.task.Progress;
import org.flowbench.task.SameThreadTaskRunner;
import org.flowbench.ui.FakeWorkbenchServices;
import org.flowbench.ui.WorkbenchServices;
import org.junit.jupiter.api.Test;

class TrafficChartViewModelTest {
    private final FakeWorkbenchServices services = new FakeWorkbenchServices();

    @Test
    void showLoadsThePointsAndSummarisesThePeaks() {
        DatasetInfo dataset = services.add("flood.pcap", 3);
        TrafficChartViewModel model = new TrafficChartViewModel(services, new SameThreadTaskRunner());

        model.show(dataset);

        assertThat(model.points()).extracting(TrafficPoint::packetsPerSecond).containsExactly(100.0, 1100.0, 4100.0);
        assertThat(model.placeholderProperty().get()).isEmpty();
        // 4100 pps of 346.7-byte packets = 11,370,667 bps
        assertThat(model.summaryProperty().get()).isEqualTo("peak 11.4 Mbps, 4.10 kpps");
        assertThat(model.loadingProperty().get()).isFalse();
    }

    @Test
    void anEmptySeriesSaysSo() {
        DatasetInfo dataset = services.add("empty.pcap", 0);
        TrafficChartViewModel model = new TrafficChartViewModel(services, new SameThreadTaskRunner());

        model.show(dataset);

        assertThat(model.points()).isEmpty();
        assertThat(model.placeholderProperty().get()).isEqualTo("No traffic stored for this dataset");
    }

    @Test
    void aNewerSelectionWinsOverALoadStillRunning() {
        DatasetInfo slow = services.add("slow.pcap", 10);
        DatasetInfo fast = services.add("fast.pcap", 4);
        DeferredTaskRunner runner = new DeferredTaskRunner();
        TrafficChartViewModel model = new TrafficChartViewModel(services, runner);

        model.show(slow);
        model.show(fast);
        assertThat(model.loadingProperty().get()).isTrue();
        runner.runAll();

        assertThat(model.points()).hasSize(4);
        assertThat(model.loadingProperty().get()).isFalse();
    }

    @Test
    void aFailedQueryIsShownInsteadOfTheChart() {
        WorkbenchServices failing = new FailingSeries();
        TrafficChartViewModel model = new TrafficChartViewModel(failing, new SameThreadTaskRunner());

        model.show(services.add("x.pcap", 2));

        assertThat(model.placeholderProperty().get()).isEqualTo("Could not load the traffic: database is locked");
    }

    @Test
    void clearingTheSelectionClearsTheChart() {
        TrafficChartViewModel model = new TrafficChartViewModel(services, new SameThreadTaskRunner());
        model.show(services.add("x.pcap", 2));

        model.show(null);

        assertThat(model.points()).isEmpty();
        assertThat(model.titleProperty().get()).isEqualTo("Traffic");
    }

    private static final class FailingSeries implements WorkbenchServices {
        @Override public String workspaceName() { return "w"; }

        @Override public List<String> openingWarnings() { return List.of(); }

        @Override public List<DatasetInfo> listDatasets() { return List.of(); }

        @Override public ImportReport importFile(Path file, Progress progress, Cancellation cancellation) {
            throw new UnsupportedOperationException("not used here");
        }

        @Override public List<TrafficPoint> trafficSeries(long datasetId, int maxPoints) throws Exception {
            throw new java.sql.SQLException("database is locked");
        }

        @Override public Optional<ImportReport> importReport(long datasetId) { return Optional.empty(); }

        @Override public org.flowbench.ui.live.LiveServices live() { return new org.flowbench.ui.live.FakeLiveServices(); }

        @Override public void close() { }
    }
}

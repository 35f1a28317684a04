package org.flowbench.ui.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.flowbench.detect.Rule;
import org.flowbench.detect.RuleSet;
import org.flowbench.detect.SimulationResult;
import org.flowbench.detect.Suggestion;
import org.flowbench.detect.SweepAxis;
import org.flowbench.detect.SweepResult;
import org.flowbench.ingest.ImportReport;
import org.flowbench.query.TrafficPoint;
import org.flowbench.store.DatasetInfo;
import org.flowbench.store.Incident;
import org.flowbench.task.Cancellation;
import org.flowbench.task.ExecutorTaskRunner;
import org.flowbench.task.Progress;
import org.flowbench.ui.FakeWorkbenchServices;
import org.flowbench.ui.WorkbenchServices;
import org.flowbench.ui.WorkbenchViewModel;
import org.flowbench.ui.live.LiveServices;
import org.flowbench.ui.live.ManualTicker;
import org.junit.jupiter.api.Test;

/** The Detect view's Cancel reaches the replay's Cancellation while the replay is blocked inside the core. */
class DetectCancelTest {
    private final CountDownLatch started = new CountDownLatch(1);
    private final CountDownLatch stopped = new CountDownLatch(1);

    /** A replay that blocks as a long DuckDB statement would, until the cancel hook releases it. */
    private final DetectServices blockingDetect = new DetectServices() {
        @Override public String readRules(Path file) { throw new UnsupportedOperationException(); }

        @Override public void writeRules(Path file, String text) { throw new UnsupportedOperationException(); }

        @Override
        public SimulationResult simulate(List<Long> datasets, RuleSet rules, Progress progress, Cancellation cancel)
                throws Exception {
            try (Cancellation.Registration r = cancel.onCancel(stopped::countDown)) {
                started.countDown();
                if (!stopped.await(60, TimeUnit.SECONDS)) throw new IllegalStateException("the cancel never arrived");
            }
            cancel.check();
            throw new IllegalStateException("released without a cancel");
        }

        @Override public List<Incident> incidents(List<Long> datasets) { return List.of(); }

        @Override
        public SweepResult sweep(List<Long> d, RuleSet r, SweepAxis a, List<Incident> i, Cancellation c) {
            throw new UnsupportedOperationException();
        }

        @Override public List<Suggestion> suggest(List<Long> d, Rule r, List<Incident> i, double m) { return List.of(); }
    };

    @Test
    void cancelStopsAReplayBlockedInTheCore() throws Exception {
        FakeWorkbenchServices fake = new FakeWorkbenchServices();
        fake.add("a.pcap", 10);
        ExecutorService workers = Executors.newSingleThreadExecutor();
        ExecutorService callbacks = Executors.newSingleThreadExecutor();
        try (ExecutorTaskRunner runner = new ExecutorTaskRunner(workers, callbacks)) {
            WorkbenchViewModel window = new WorkbenchViewModel(new WithDetect(fake, blockingDetect), runner, new ManualTicker());
            callbacks.submit(() -> window.start(null, null)).get();
            DetectViewModel detect = window.detect();
            waitFor(() -> detect.datasetProperty().getValue() != null && !detect.editor().textProperty().get().isEmpty());

            callbacks.submit(detect::run).get();
            assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
            assertThat(detect.replay().runningProperty().get()).isTrue();

            callbacks.submit(() -> detect.replay().cancel()).get();

            waitFor(() -> !detect.replay().runningProperty().get());
            assertThat(stopped.getCount()).isZero();
            assertThat(detect.replay().summaryProperty().get()).isEqualTo("Replay cancelled");
        }
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) throw new AssertionError("condition not met in 60 s");
            Thread.sleep(20);
        }
    }

    /** The fake workbench with a Detect engine of the test's choice. */
    private record WithDetect(FakeWorkbenchServices fake, DetectServices detect) implements WorkbenchServices {
        @Override public String workspaceName() { return fake.workspaceName(); }

        @Override public List<String> openingWarnings() { return fake.openingWarnings(); }

        @Override public List<DatasetInfo> listDatasets() throws Exception { return fake.listDatasets(); }

        @Override
        public ImportReport importFile(Path file, Progress progress, Cancellation cancellation) throws Exception {
            return fake.importFile(file, progress, cancellation);
        }

        @Override
        public List<TrafficPoint> trafficSeries(long datasetId, int maxPoints) throws Exception {
            return fake.trafficSeries(datasetId, maxPoints);
        }

        @Override
        public Optional<ImportReport> importReport(long datasetId) throws Exception { return fake.importReport(datasetId); }

        @Override public LiveServices live() { return fake.live(); }

        @Override public void close() throws Exception { fake.close(); }
    }
}

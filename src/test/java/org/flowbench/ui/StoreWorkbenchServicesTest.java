package org.flowbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.flowbench.ingest.ImportReport;
import org.flowbench.ingest.live.CollectorSettings;
import org.flowbench.ingest.live.ListenAddress;
import org.flowbench.query.TrafficPoint;
import org.flowbench.store.DatasetInfo;
import org.flowbench.store.DatasetStatus;
import org.flowbench.store.Workspace;
import org.flowbench.task.Cancellation;
import org.flowbench.testsupport.FloodPcap;
import org.flowbench.ui.live.LiveSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real adapter over a temporary workspace: what the window sees after importing a capture. */
class StoreWorkbenchServicesTest {
    @Test
    void importedCaptureIsListedChartedAndReported(@TempDir Path dir) throws Exception {
        Path capture = FloodPcap.write(dir.resolve("flood.pcap"));
        List<Long> progress = new ArrayList<>();
        try (StoreWorkbenchServices services = StoreWorkbenchServices.open(dir.resolve("ws.duckdb"))) {
            assertThat(services.workspaceName()).isEqualTo("ws.duckdb");
            assertThat(services.listDatasets()).isEmpty();

            ImportReport report = services.importFile(capture, (done, total, message) -> progress.add(done),
                    new Cancellation());

            long frames = IntStream.range(0, FloodPcap.SECONDS).map(FloodPcap::packetsIn).sum();
            assertThat(report.status()).isEqualTo(DatasetStatus.COMPLETE);
            assertThat(report.packets()).isEqualTo(frames);
            assertThat(progress).isNotEmpty();

            List<DatasetInfo> datasets = services.listDatasets();
            assertThat(datasets).singleElement().satisfies(d -> {
                assertThat(d.id()).isEqualTo(report.datasetId());
                assertThat(d.name()).isEqualTo("flood.pcap");
                assertThat(d.packets()).isEqualTo(frames);
            });

            List<TrafficPoint> series = services.trafficSeries(report.datasetId(), 2000);
            assertThat(series).hasSize(FloodPcap.SECONDS);
            assertThat(series.get(30).packetsPerSecond()).isEqualTo(FloodPcap.packetsIn(30));
            assertThat(series.get(0).packetsPerSecond()).isEqualTo(FloodPcap.packetsIn(0));

            assertThat(services.importReport(report.datasetId())).get()
                    .satisfies(stored -> assertThat(stored.packets()).isEqualTo(frames));
            assertThat(services.importReport(999)).isEmpty();
        }
    }

    @Test
    void closingStopsARunningLiveSessionAndFinishesItsDataset(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("ws.duckdb");
        long id;
        try (StoreWorkbenchServices services = StoreWorkbenchServices.open(file)) {
            LiveSession session = services.live().startCollector(
                    CollectorSettings.of(List.of(ListenAddress.parse("127.0.0.1:0"))).withName("left running"));
            id = session.datasetId();
            assertThat(services.listDatasets()).singleElement()
                    .satisfies(d -> assertThat(d.status()).isEqualTo(DatasetStatus.IMPORTING));
        }
        try (StoreWorkbenchServices services = StoreWorkbenchServices.open(file)) {
            assertThat(services.openingWarnings()).as("nothing was left interrupted").isEmpty();
            assertThat(services.listDatasets()).singleElement().satisfies(d -> {
                assertThat(d.id()).isEqualTo(id);
                assertThat(d.status()).isEqualTo(DatasetStatus.COMPLETE);
            });
        }
    }

    @Test
    void closingStopsARunningImportAndWaitsForItsConnection(@TempDir Path dir) throws Exception {
        Path capture = FloodPcap.write(dir.resolve("flood.pcap"));
        Path file = dir.resolve("ws.duckdb");
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch mayGoOn = new CountDownLatch(1);
        StoreWorkbenchServices services = StoreWorkbenchServices.open(file);
        Cancellation cancel = new Cancellation();
        CompletableFuture<ImportReport> running = CompletableFuture.supplyAsync(() -> {
            try {
                return services.importFile(capture, (done, total, message) -> {
                    reading.countDown();
                    awaitQuietly(mayGoOn); // holds the import inside its first batch
                }, cancel);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(reading.await(60, TimeUnit.SECONDS)).isTrue();
        assertThat(Workspace.inUse(file)).isTrue();

        CompletableFuture<Void> closing = CompletableFuture.runAsync(services::close);
        Thread.sleep(300);
        assertThat(cancel.isCancelled()).as("closing cancels the import").isTrue();
        assertThat(closing).as("and waits for its connection").isNotDone();
        mayGoOn.countDown();

        closing.get(60, TimeUnit.SECONDS);
        ImportReport report = running.get(60, TimeUnit.SECONDS);
        assertThat(Workspace.inUse(file)).as("nothing of this process has the file open: it may be compacted").isFalse();
        try (StoreWorkbenchServices again = StoreWorkbenchServices.open(file)) {
            // the import finished its dataset before the workspace closed: nothing to repair
            assertThat(again.openingWarnings()).isEmpty();
            assertThat(again.listDatasets()).singleElement()
                    .satisfies(d -> assertThat(d.status()).isEqualTo(report.status()).isNotEqualTo(DatasetStatus.IMPORTING));
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

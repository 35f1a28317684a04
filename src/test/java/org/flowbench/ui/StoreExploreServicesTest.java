package org.flowbench.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flowbench.testsupport.CancelWhileRunning.ENDLESS;

import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.flowbench.ingest.ImportJob;
import org.flowbench.query.ExploreQuery;
import org.flowbench.query.Metric;
import org.flowbench.query.QuerySpec;
import org.flowbench.query.SeriesResult;
import org.flowbench.store.Workspace;
import org.flowbench.task.Cancellation;
import org.flowbench.task.Progress;
import org.flowbench.testsupport.FloodPcap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Explore over a real workspace asks on a connection of its own. */
class StoreExploreServicesTest {
    @TempDir Path dir;

    @Test
    // on a shared connection the chart would wait forever, and so would the cancel behind it
    @Timeout(value = 150, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void exploreAnswersWhileTheWindowsConnectionIsBusy() throws Exception {
        try (Workspace ws = Workspace.open(dir.resolve("ws.duckdb"));
             StoreExploreServices explore = new StoreExploreServices(ws)) {
            long id = new ImportJob(ws).importFile(FloodPcap.write(dir.resolve("flood.pcap")), Progress.NONE,
                    Cancellation.none()).datasetId();
            // another work area's long statement on the window's connection
            Cancellation stopBusy = new Cancellation();
            CompletableFuture<SeriesResult> busy = CompletableFuture.supplyAsync(() -> {
                try {
                    return new ExploreQuery(ws, stopBusy).series(QuerySpec.builder(id).filter(ENDLESS).build());
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            try {
                Thread.sleep(300);
                assertThat(busy).isNotDone();

                CompletableFuture<SeriesResult> chart = CompletableFuture.supplyAsync(() -> {
                    try {
                        return explore.series(QuerySpec.builder(id).metric(Metric.PACKETS).build(), Cancellation.none());
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
                SeriesResult answer = chart.get(60, TimeUnit.SECONDS);
                assertThat(answer.series().get(0).stats().total()).isPositive();
                assertThat(busy).as("the other statement is still running").isNotDone();
            } finally {
                stopBusy.cancel(); // also when the chart waited in vain: the workspace must close
            }
            assertThat(busy).failsWithin(60, TimeUnit.SECONDS).withThrowableOfType(java.util.concurrent.ExecutionException.class)
                    .withCauseInstanceOf(CancellationException.class);
        }
    }
}

package org.flowbench.ui;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.flowbench.ingest.ImportReport;
import org.flowbench.ingest.decode.Damage;
import org.flowbench.query.TrafficPoint;
import org.flowbench.store.DatasetInfo;
import org.flowbench.store.DatasetStatus;
import org.flowbench.task.Cancellation;
import org.flowbench.task.Progress;
import org.flowbench.ui.live.FakeLiveServices;

/**
 * In-memory services for UI tests: datasets, series and reports held in maps; an import
 * either completes at once or, in "slow" mode, reports progress until it is cancelled.
 */
public final class FakeWorkbenchServices implements WorkbenchServices {
    public static final Instant START = Instant.parse("2024-03-01T12:00:00Z");

    private final List<DatasetInfo> datasets = new CopyOnWriteArrayList<>();
    private final Map<Long, List<TrafficPoint>> series = new ConcurrentHashMap<>();
    private final Map<Long, ImportReport> reports = new ConcurrentHashMap<>();
    private final List<Path> imported = new CopyOnWriteArrayList<>();
    private final AtomicInteger listCalls = new AtomicInteger();
    private final CountDownLatch slowImportStarted = new CountDownLatch(1);
    private volatile boolean slowImports;
    private volatile Exception failure;
    private volatile boolean closed;
    private volatile List<String> warnings = List.of();
    private final FakeLiveServices live = new FakeLiveServices();

    /** Adds a complete dataset with {@code points} seconds of traffic and a matching report. */
    public DatasetInfo add(String name, int points) {
        long id = datasets.size() + 1L;
        List<TrafficPoint> traffic = series(points);
        DatasetInfo info = new DatasetInfo(id, name, "/captures/" + name, "pcap", DatasetStatus.COMPLETE, START,
                points == 0 ? null : START, points == 0 ? null : START.plusSeconds(points - 1L),
                1000L * points, 64_000L * points, points, "{}");
        datasets.add(info);
        series.put(id, traffic);
        reports.put(id, report(id, name, DatasetStatus.COMPLETE, points));
        return info;
    }

    /** From now on imports report progress until cancelled instead of finishing at once. */
    public void slowImports() { slowImports = true; }

    public void failImportsWith(Exception error) { failure = error; }

    public boolean awaitSlowImport() throws InterruptedException {
        return slowImportStarted.await(10, TimeUnit.SECONDS);
    }

    public List<Path> imported() { return imported; }

    public int listCalls() { return listCalls.get(); }

    public boolean isClosed() { return closed; }

    @Override
    public String workspaceName() { return "test.duckdb"; }

    public void warnOnOpen(String... text) { warnings = List.of(text); }

    @Override
    public List<String> openingWarnings() { return warnings; }

    @Override
    public List<DatasetInfo> listDatasets() {
        listCalls.incrementAndGet();
        return List.copyOf(datasets);
    }

    @Override
    public ImportReport importFile(Path file, Progress progress, Cancellation cancellation) throws Exception {
        imported.add(file);
        if (failure != null) throw failure;
        if (slowImports) {
            slowImportStarted.countDown();
            long total = 1_000_000;
            for (long done = 0; done < 30_000; done++) { // 30 s at most, then the test has failed anyway
                progress.update(done * 10 % total, total, "read " + done + " blocks");
                cancellation.check();
                Thread.sleep(1);
            }
            throw new IllegalStateException("slow import was never cancelled");
        }
        progress.update(50, 100, "half way");
        progress.update(100, 100, "done");
        DatasetInfo created = add(String.valueOf(file.getFileName()), 30);
        return reports.get(created.id());
    }

    @Override
    public List<TrafficPoint> trafficSeries(long datasetId, int maxPoints) {
        List<TrafficPoint> points = series.getOrDefault(datasetId, List.of());
        return points.subList(0, Math.min(points.size(), maxPoints));
    }

    @Override
    public Optional<ImportReport> importReport(long datasetId) {
        return Optional.ofNullable(reports.get(datasetId));
    }

    @Override
    public FakeLiveServices live() { return live; }

    @Override
    public void close() { closed = true; }

    /** A flood shape: a quiet second, then rising traffic. */
    public static List<TrafficPoint> series(int points) {
        List<TrafficPoint> list = new ArrayList<>();
        for (int i = 0; i < points; i++) {
            double pps = 100 + 1000.0 * i * i;
            // Packets grow larger as the flood builds, so bps and pps do not draw the same curve.
            double bytesPerPacket = 80 + 400.0 * i / Math.max(1, points);
            list.add(new TrafficPoint(START.plusSeconds(i), pps * bytesPerPacket * 8, pps));
        }
        return list;
    }

    public static ImportReport report(long id, String file, DatasetStatus status, int seconds) {
        List<Damage> damage = status == DatasetStatus.PARTIAL
                ? List.of(new Damage(4242, "pcap record header", "16 bytes", "9 bytes before end of file"))
                : List.of();
        return new ImportReport(id, file, status, status == DatasetStatus.PARTIAL ? "file ends mid-record" : "",
                1000L * seconds + 7, 1000L * seconds, 512_000L * seconds, seconds, 7, 0, 0, 0, 0,
                START, START.plus(Duration.ofSeconds(seconds)), Map.of(1, 1000L * seconds + 7),
                Map.of("UDP", 900L * seconds, "TCP", 100L * seconds), damage, damage.size(), 0.25);
    }
}

package org.flowbench.ingest.live;

import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.flowbench.ingest.ImportReport;
import org.flowbench.ingest.ReportJson;
import org.flowbench.ingest.pcap.DecodeStats;
import org.flowbench.ingest.pcap.DecodedPacket;
import org.flowbench.ingest.pcap.PacketDecoder;
import org.flowbench.schema.Protocols;
import org.flowbench.store.DatasetStatus;
import org.flowbench.store.DatasetTotals;
import org.flowbench.store.FlowWriter;
import org.flowbench.store.Rollups;
import org.flowbench.store.Workspace;

/**
 * Captures one interface into one dataset (kind {@value #KIND}) through the same decoder and
 * aggregation as a file import. A capture thread reads, decodes and aggregates; every second it
 * commits the seconds that are over, so a crash loses at most the last second or two. The
 * dataset is IMPORTING while the capture runs and is finished by {@link #stop()}: COMPLETE when
 * every captured packet was stored, PARTIAL when the kernel dropped packets, headers were cut
 * or damaged, or reading or storing failed (docs/decisions/0095).
 *
 * <p>Everything that touches pcap4j lives in {@link PcapSource}; the capture checks
 * {@link LibpcapAvailability} first, so a machine without libpcap gets a message, not a crash.
 */
public final class InterfaceCapture {
    public static final String KIND = "live capture";
    /** Rows per committed batch; a second with more keys is committed in several batches. */
    static final int BATCH_ROWS = 8192;
    /** How long after a second ends its late packets may still arrive (libpcap's read timeout and then some). */
    static final long GRACE_MILLIS = 250;
    private static final long COUNTER_MILLIS = 200;
    /**
     * After a stop, how long to keep reading: packets in a kernel block that is not yet full
     * become visible only when the block times out ({@link PcapSource#TIMEOUT_MILLIS}).
     */
    private static final long DRAIN_MILLIS = 2 * PcapSource.TIMEOUT_MILLIS + 50;
    /** A flood never lets the drain come back empty; stop anyway after this. */
    private static final long DRAIN_MAX_MILLIS = 2000;
    /** Pause when libpcap has nothing ready: short enough for low latency, long enough to cost no CPU. */
    private static final long IDLE_MILLIS = 5;

    private final Workspace workspace;
    private final CaptureOptions options;
    private final PcapSource source;
    private final long datasetId;
    private final long startedNanos = System.nanoTime();
    private final Thread thread;
    private final PacketDecoder decoder = new PacketDecoder();
    private final DecodedPacket packet = new DecodedPacket();

    private volatile boolean stopRequested;
    private volatile CaptureCounters counters = CaptureCounters.ZERO;
    private volatile ImportReport report;

    // capture-thread state
    private SecondAggregators aggregators;
    private FlowWriter writer;
    private Throwable storeFailure;
    private long received;
    private long ipBytes;
    private long firstSecond = Long.MAX_VALUE, lastSecond = Long.MIN_VALUE;
    private int firstNanos, lastNanos;
    private long[] kernel = {0, 0, 0};

    private InterfaceCapture(Workspace workspace, CaptureOptions options, PcapSource source, long datasetId) {
        this.workspace = workspace;
        this.options = options;
        this.source = source;
        this.datasetId = datasetId;
        this.thread = new Thread(this::run, "capture " + options.interfaceName());
        thread.setDaemon(true);
    }

    /**
     * Opens the interface, applies the filter, creates the dataset and starts capturing. Nothing
     * is created when the interface cannot be opened or the filter is invalid.
     */
    public static InterfaceCapture start(Workspace workspace, CaptureOptions options) throws CaptureException {
        LibpcapAvailability.Result lib = LibpcapAvailability.check();
        if (!lib.available()) throw new CaptureException(CaptureException.Reason.NO_LIBPCAP, lib.message());
        PcapSource source = PcapSource.open(options);
        long id;
        try {
            Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            String name = options.datasetName() != null ? options.datasetName()
                    : options.interfaceName() + " capture " + now;
            id = workspace.datasets().create(name, options.source(), 0, null, KIND);
        } catch (SQLException e) {
            source.close();
            throw new CaptureException(CaptureException.Reason.STORAGE,
                    "cannot create a dataset in " + workspace.path() + ": " + e.getMessage(), e);
        }
        InterfaceCapture capture = new InterfaceCapture(workspace, options, source, id);
        capture.thread.start();
        return capture;
    }

    public long datasetId() { return datasetId; }

    public CaptureOptions options() { return options; }

    /** The latest counters, at most about 0.2 s old. */
    public CaptureCounters counters() { return counters; }

    /** False once the capture has ended, by {@link #stop()} or because reading failed. */
    public boolean isRunning() { return thread.isAlive(); }

    /**
     * Stops capturing, stores what is held, finishes the dataset and returns its report. Safe to
     * call from any thread and more than once (a shutdown hook and the main thread both may).
     */
    public ImportReport stop() {
        stopRequested = true;
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true; // the dataset must be finished before we return
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
        return report;
    }

    private void run() {
        String readFailure = null;
        try (source; FlowWriter w = new FlowWriter(workspace, datasetId, BATCH_ROWS)) {
            writer = w;
            aggregators = new SecondAggregators(w, BATCH_ROWS);
            long nextFlush = nextSecondBoundary() + GRACE_MILLIS;
            long nextCounters = 0;
            long stopSeen = 0;
            while (storeFailure == null) {
                int n;
                try {
                    n = source.read(this::frame);
                } catch (Exception e) {
                    readFailure = e.getMessage();
                    break;
                }
                long now = System.currentTimeMillis();
                if (stopRequested) {
                    if (stopSeen == 0) stopSeen = now;
                    if ((n == 0 && now - stopSeen >= DRAIN_MILLIS) || now - stopSeen >= DRAIN_MAX_MILLIS) break;
                }
                if (n == 0) idle();
                if (now >= nextFlush) {
                    flush(Math.floorDiv(now - GRACE_MILLIS, 1000L));
                    nextFlush = nextSecondBoundary() + GRACE_MILLIS;
                }
                if (now >= nextCounters) {
                    publishCounters();
                    nextCounters = now + COUNTER_MILLIS;
                }
            }
            if (storeFailure == null) flush(Long.MAX_VALUE);
            publishCounters();
            finish(readFailure);
        } catch (Exception | Error e) {
            // a storage or setup failure (disk full, Arrow cannot start): the dataset must still be finished
            storeFailure = e;
            finish(readFailure);
        }
    }

    private static void idle() {
        try {
            Thread.sleep(IDLE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static long nextSecondBoundary() {
        return (Math.floorDiv(System.currentTimeMillis(), 1000L) + 1) * 1000L;
    }

    private void frame(long epochSecond, int nanos, byte[] data, int capturedLength, int originalLength) {
        received++;
        if (storeFailure != null) return;
        PacketDecoder.Outcome outcome = decoder.decode(source.linkType(), data, 0, capturedLength, originalLength, packet);
        if (outcome != PacketDecoder.Outcome.IP) return; // counted by the decoder
        try {
            aggregators.add(epochSecond, packet);
        } catch (Exception e) {
            storeFailure = e; // ends the loop; what was committed stays
            return;
        }
        ipBytes += packet.ipBytes;
        seen(epochSecond, nanos);
    }

    private void flush(long cutoffSecond) {
        if (storeFailure != null) return;
        try {
            aggregators.flushBefore(cutoffSecond);
        } catch (Exception e) {
            storeFailure = e;
        }
    }

    private void seen(long second, int nanos) {
        if (second < firstSecond || (second == firstSecond && nanos < firstNanos)) {
            firstSecond = second;
            firstNanos = nanos;
        }
        if (second > lastSecond || (second == lastSecond && nanos > lastNanos)) {
            lastSecond = second;
            lastNanos = nanos;
        }
    }

    private void publishCounters() {
        try {
            kernel = source.stats();
        } catch (Exception e) {
            // statistics are not available on every platform (savefiles, some drivers): keep the last ones
        }
        DecodeStats s = decoder.stats();
        DatasetTotals t = writer == null ? DatasetTotals.EMPTY : writer.totals();
        counters = new CaptureCounters(received, s.ipPackets, ipBytes, s.nonIp, s.truncated, s.malformed, s.unsupportedLink,
                kernel[1], kernel[2], t.rows(), t.packets(), t.bytes(), (System.nanoTime() - startedNanos) / 1e9);
    }

    /** Writes the dataset's final status and report; the last thing the capture thread does. */
    private void finish(String readFailure) {
        CaptureCounters c = counters;
        DatasetTotals totals = writer == null ? DatasetTotals.EMPTY : writer.totals();
        List<String> problems = new ArrayList<>();
        if (readFailure != null) problems.add("reading stopped: " + readFailure);
        if (storeFailure != null) problems.add("storing failed: " + storeFailure);
        if (c.kernelDropped() > 0) problems.add("the kernel dropped " + c.kernelDropped() + " packets (read too slowly)");
        if (c.interfaceDropped() > 0) problems.add("the interface dropped " + c.interfaceDropped() + " packets");
        if (c.truncated() > 0) problems.add(c.truncated() + " frames had their IP header cut by the snaplen");
        if (c.malformed() > 0) problems.add(c.malformed() + " malformed frames");
        DatasetStatus status = problems.isEmpty() ? DatasetStatus.COMPLETE : DatasetStatus.PARTIAL;
        String message = "captured " + c.received() + " frames on " + options.interfaceName()
                + (problems.isEmpty() ? "" : "; " + String.join("; ", problems));
        if (totals.rows() > 0 && storeFailure == null) {
            try {
                Rollups.build(workspace, datasetId);
                workspace.checkpoint();
            } catch (SQLException e) {
                message += "; summary tables not built (" + e.getMessage() + "), summaries will be slower";
            }
        }
        ImportReport r = report(status, message, totals);
        try {
            workspace.datasets().finish(datasetId, status, totals, ReportJson.write(r));
        } catch (SQLException e) {
            // stays IMPORTING, which the next open repairs to PARTIAL
            r = report(status, message + "; the report could not be saved: " + e.getMessage(), totals);
        }
        report = r;
    }

    private ImportReport report(DatasetStatus status, String message, DatasetTotals totals) {
        DecodeStats s = decoder.stats();
        Map<String, Long> perProtocol = new TreeMap<>();
        for (int p = 0; p < s.perProtocol.length; p++) {
            if (s.perProtocol[p] > 0) perProtocol.put(Protocols.name(p), s.perProtocol[p]);
        }
        return new ImportReport(datasetId, options.source(), status, message, received, s.ipPackets, totals.bytes(),
                totals.rows(), s.nonIp, s.truncated, s.snaplenCut, s.malformed, s.unsupportedLink,
                instant(firstSecond, firstNanos), instant(lastSecond, lastNanos), s.perLinkType.toMap(), perProtocol,
                List.of(), 0, (System.nanoTime() - startedNanos) / 1e9);
    }

    private static Instant instant(long second, int nanos) {
        if (second == Long.MAX_VALUE || second == Long.MIN_VALUE) return null;
        return Instant.ofEpochSecond(second, nanos);
    }
}

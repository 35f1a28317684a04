package org.flowbench.ingest.live;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.channels.DatagramChannel;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;
import org.flowbench.ingest.ExportRouter;
import org.flowbench.ingest.ImportReport;
import org.flowbench.ingest.ReportJson;
import org.flowbench.ingest.decode.DamageLog;
import org.flowbench.store.DatasetStatus;
import org.flowbench.store.DatasetTotals;
import org.flowbench.store.BulkFlowWriter;
import org.flowbench.store.Rollups;
import org.flowbench.store.Workspace;

/**
 * A live NetFlow/IPFIX/sFlow collector session: UDP sockets, one receive thread each, one
 * decoding thread that stores the records into one dataset (kind {@value #KIND}), IMPORTING
 * while it runs, COMPLETE after a clean {@link #stop}, PARTIAL with the reason after a failure.
 * While it runs, the session's thread uses the workspace connection: the caller must not.
 */
public final class UdpCollector implements AutoCloseable {
    public static final String KIND = ImportReport.LIVE_FLOWS;
    static final String OTHER_EXPORTERS = "other exporters";
    /**
     * Batches that may wait for the store: 8 of 32,768 rows (about 3 MB off-heap each) hold half
     * a second at 500k records/s, enough to ride out a commit between two INSERTs without the
     * decoding thread stopping, and so without datagrams piling up in the socket (decision 0145).
     */
    static final int STORE_QUEUE_BATCHES = 8;

    private final Workspace workspace;
    private final CollectorSettings settings;
    private final List<DatagramChannel> channels;
    private final List<InetSocketAddress> bound = new ArrayList<>();
    private final List<Thread> receivers = new ArrayList<>();
    private final RejectedSources rejected = new RejectedSources(4096);
    private final LongAdder received = new LongAdder(), receivedBytes = new LongAdder(), drops = new LongAdder();
    private final DamageLog damage = new DamageLog();
    private final Object failureLock = new Object();
    private final long started = System.nanoTime();
    private final String source;
    private final int grantedBuffer;
    private long datasetId;
    private BulkFlowWriter writer;
    private DecodeLoop loop;
    private Thread decoder;
    private volatile String failure;
    private volatile boolean running;
    private ImportReport report;

    private UdpCollector(Workspace workspace, CollectorSettings settings, List<DatagramChannel> channels) throws IOException {
        this.workspace = workspace;
        this.settings = settings;
        this.channels = channels;
        int granted = Integer.MAX_VALUE;
        for (DatagramChannel c : channels) {
            bound.add((InetSocketAddress) c.getLocalAddress());
            granted = Math.min(granted, c.getOption(StandardSocketOptions.SO_RCVBUF));
        }
        this.grantedBuffer = granted;
        this.source = "udp " + bound.stream().map(UdpCollector::text).collect(Collectors.joining(", "));
    }

    /**
     * Binds every address, creates the session's dataset and starts receiving.
     *
     * @throws CollectorStartException an address could not be bound or the dataset not created;
     *     nothing is then left open or created
     */
    public static UdpCollector start(Workspace workspace, CollectorSettings settings) throws CollectorStartException {
        List<DatagramChannel> channels = new ArrayList<>();
        try {
            for (ListenAddress a : settings.listen()) {
                DatagramChannel c = DatagramChannel.open(a.address() instanceof java.net.Inet6Address
                        ? java.net.StandardProtocolFamily.INET6 : java.net.StandardProtocolFamily.INET);
                channels.add(c);
                c.setOption(StandardSocketOptions.SO_RCVBUF, settings.receiveBufferBytes());
                try {
                    c.bind(a.socketAddress());
                } catch (IOException e) {
                    throw new CollectorStartException("cannot listen on " + a + ": " + e.getMessage(), e);
                }
            }
            UdpCollector collector = new UdpCollector(workspace, settings, channels);
            try {
                collector.begin();
            } catch (SQLException e) {
                throw new CollectorStartException("cannot create a dataset in " + workspace.path() + ": " + e.getMessage(), e);
            }
            return collector;
        } catch (IOException e) {
            for (DatagramChannel c : channels) closeQuietly(c);
            throw new CollectorStartException("cannot open a UDP socket: " + e.getMessage(), e);
        } catch (CollectorStartException | RuntimeException e) {
            for (DatagramChannel c : channels) closeQuietly(c);
            throw e;
        }
    }

    private void begin() throws SQLException {
        String name = settings.name() != null ? settings.name()
                : "live " + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
        datasetId = workspace.datasets().create(name, source, 0, null, KIND);
        // A record waits at most one stage in the decoder's batch and one in the writer's open
        // INSERT; two stages and the commit fit in the flush interval, so a crash loses at most that.
        long stageNanos = settings.flushInterval().toNanos() * 2 / 5;
        writer = new BulkFlowWriter(workspace, datasetId, settings.batchRows(), BulkFlowWriter.DEFAULT_CHUNK_ROWS, stageNanos,
                STORE_QUEUE_BATCHES);
        BlockingQueue<ReceivedDatagram> free = new ArrayBlockingQueue<>(settings.queueSlots());
        BlockingQueue<ReceivedDatagram> filled = new ArrayBlockingQueue<>(settings.queueSlots());
        for (int i = 0; i < settings.queueSlots(); i++) free.add(new ReceivedDatagram());
        ExportRouter router = new ExportRouter(writer, settings.batchRows(), damage);
        loop = new DecodeLoop(router, writer::committedRows, free, filled, stageNanos, this::fail);
        running = true;
        decoder = new Thread(loop, "flowbench-collector-decoder");
        decoder.setDaemon(true);
        decoder.start();
        for (int i = 0; i < channels.size(); i++) {
            Thread t = new Thread(new UdpReceiver(channels.get(i), settings.allowlist(), rejected, free, filled,
                    received, receivedBytes, drops, this::fail), "flowbench-collector-" + text(bound.get(i)));
            t.setDaemon(true);
            receivers.add(t);
            t.start();
        }
    }

    /** The addresses actually bound (port 0 becomes the port the system chose), in settings order. */
    public List<InetSocketAddress> boundAddresses() {
        return List.copyOf(bound);
    }

    /** The bound sockets as text, "udp 127.0.0.1:2055, [::]:6343"; also the dataset's source path. */
    public String source() {
        return source;
    }

    public long datasetId() {
        return datasetId;
    }

    /** The smallest receive buffer the kernel granted of those asked for (Linux caps it at net.core.rmem_max). */
    public int receiveBufferBytes() {
        return grantedBuffer;
    }

    /** False once stopped, or once a failure ended receiving (stop() still has to be called). */
    public boolean isRunning() {
        return running;
    }

    /** The counters now; cheap, callable from any thread (the Live panel polls it every second). */
    public CollectorSnapshot snapshot() {
        DecodeLoop.Decoded d = loop.decoded();
        List<ExporterCounters> list = new ArrayList<>(d.exporters());
        rejected.bySource().forEach((s, n) -> {
            String name = org.flowbench.schema.Addresses.format(s.hi(), s.lo());
            int i = indexOf(list, name);
            ExporterCounters r = new ExporterCounters(name, 0, 0, 0, 0, 0, n);
            if (i < 0) list.add(r); else list.set(i, list.get(i).plus(r));
        });
        long others = rejected.others();
        if (others > 0) {
            ExporterCounters r = new ExporterCounters(OTHER_EXPORTERS, 0, 0, 0, 0, 0, others);
            int i = indexOf(list, OTHER_EXPORTERS);
            if (i < 0) list.add(r); else list.set(i, list.get(i).plus(r));
        }
        ExporterCounters total = new ExporterCounters("total", 0, 0, 0, 0, 0, 0);
        for (ExporterCounters c : list) total = total.plus(c);
        return new CollectorSnapshot(Instant.now(), list, total, received.sum(), loop.decodedDatagrams(), drops.sum(), d.storedRows(),
                loop.decodedPackets(), loop.decodedBytes(), running, failure);
    }

    private static int indexOf(List<ExporterCounters> list, String exporter) {
        for (int i = 0; i < list.size(); i++) if (list.get(i).exporter().equals(exporter)) return i;
        return -1;
    }

    /**
     * Stops receiving, decodes what is queued, commits it, builds the summary tables and
     * finishes the dataset. Idempotent and thread-safe (a shutdown hook may race the caller):
     * every call returns the same report.
     */
    public synchronized ImportReport stop() {
        if (report != null) return report;
        running = false;
        for (DatagramChannel c : channels) closeQuietly(c);
        joinAll(receivers);
        loop.receiversDone();
        joinAll(List.of(decoder));
        DatasetTotals totals = finishWriter();
        String message = message(totals);
        if (totals.rows() > 0) {
            try {
                Rollups.build(workspace, datasetId);
                workspace.checkpoint();
            } catch (SQLException e) {
                message += "; summary tables not built (" + e.getMessage() + "), summaries will be slower";
            }
        }
        DatasetStatus status = failure == null ? DatasetStatus.COMPLETE : DatasetStatus.PARTIAL;
        report = new CollectorReport(this).build(status, message, totals);
        try {
            workspace.datasets().finish(datasetId, status, totals, ReportJson.write(report));
        } catch (SQLException e) {
            // the dataset stays IMPORTING and is repaired to PARTIAL on the next open
            report = CollectorReport.withMessage(report, message + "; the report could not be saved: " + e.getMessage());
        }
        return report;
    }

    @Override
    public void close() {
        stop();
    }

    /** Waits for the last commit; after a store failure, the totals of what did commit. */
    private DatasetTotals finishWriter() {
        try {
            return writer.finish();
        } catch (Exception e) {
            fail("storing the received records failed: " + e.getMessage());
            try {
                return workspace.datasets().storedTotals(datasetId);
            } catch (SQLException again) {
                return DatasetTotals.EMPTY;
            }
        } finally {
            writer.close();
        }
    }

    private String message(DatasetTotals totals) {
        CollectorSnapshot s = snapshot();
        StringBuilder m = new StringBuilder(failure != null ? failure + "; stopped early: " : "");
        m.append("live: ").append(s.received()).append(" datagrams received, ").append(totals.rows())
                .append(" records stored from ").append(s.exporters().size()).append(" sources");
        if (s.totals().rejected() > 0) m.append("; ").append(s.totals().rejected()).append(" rejected by the allowlist");
        if (s.queueDrops() > 0) m.append("; ").append(s.queueDrops()).append(" dropped because decoding fell behind");
        if (s.totals().malformed() > 0) m.append("; ").append(s.totals().malformed()).append(" malformed");
        if (grantedBuffer < settings.receiveBufferBytes()) {
            m.append("; the kernel granted a receive buffer of ").append(grantedBuffer).append(" bytes of the ")
                    .append(settings.receiveBufferBytes()).append(" asked (raise net.core.rmem_max to absorb bursts)");
        }
        return m.toString();
    }

    private void fail(String reason) {
        synchronized (failureLock) {
            if (failure == null) failure = reason;
        }
        running = false;
        // a store failure ends the session: stop receiving what could not be kept
        for (DatagramChannel c : channels) closeQuietly(c);
    }

    // accessors for CollectorReport
    CollectorSettings settings() { return settings; }

    DamageLog damage() { return damage; }
    long receivedBytes() { return receivedBytes.sum(); }
    double seconds() { return (System.nanoTime() - started) / 1e9; }
    DecodeLoop.Decoded decoded() { return loop.decoded(); }

    private static void joinAll(List<Thread> threads) {
        boolean interrupted = false;
        for (Thread t : threads) {
            while (true) {
                try {
                    t.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;  // finish the stop regardless, then restore the flag
                }
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
    }

    private static void closeQuietly(DatagramChannel c) {
        try {
            c.close();
        } catch (IOException ignored) {
            // closing is best effort: the receive thread ends either way
        }
    }

    /** 127.0.0.1:2055 or [2001:db8::1]:6343, IPv6 in its RFC 5952 form. */
    static String text(InetSocketAddress a) {
        long[] x = UdpReceiver.hiLo(a.getAddress());
        String host = org.flowbench.schema.Addresses.format(x[0], x[1]);
        return host.indexOf(':') >= 0 ? "[" + host + "]:" + a.getPort() : host + ":" + a.getPort();
    }
}

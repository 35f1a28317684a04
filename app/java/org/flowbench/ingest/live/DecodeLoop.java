package org.flowbench.ingest.live;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.flowbench.ingest.ExportRouter;
import org.flowbench.ingest.flow.ExportDatagram;
import org.flowbench.ingest.flow.ExporterStats;
import org.flowbench.ingest.flow.ExporterStatsTable;
import org.flowbench.schema.Addresses;

/**
 * The decoding thread of a collector session: the only thread that touches the decoders and
 * hands rows to the store writer (whose own thread inserts and commits them). Hands over
 * whatever it holds at every flush interval, so rows never wait long for a quiet exporter,
 * and publishes the decoder's counters for other threads to read.
 */
final class DecodeLoop implements Runnable {
    private static final long PUBLISH_NANOS = TimeUnit.MILLISECONDS.toNanos(200);

    /** What the decoding thread last published; immutable. */
    record Decoded(List<ExporterCounters> exporters, long datagrams, long firstMicros, long lastMicros,
                   long storedRows) {
        static final Decoded NONE = new Decoded(List.of(), 0, 0, 0, 0);
    }

    private final ExportRouter router;
    private final LongSupplier storedRows;
    private final BlockingQueue<ReceivedDatagram> free, filled;
    private final long flushNanos;
    private final Consumer<String> onFailure;
    private final ExportDatagram datagram = new ExportDatagram();
    private volatile boolean receiversDone;
    private volatile Decoded decoded = Decoded.NONE;
    private long firstMicros, lastMicros;
    private final java.util.concurrent.atomic.AtomicLong decodedDatagrams = new java.util.concurrent.atomic.AtomicLong();
    /** Scaled packets and bytes of the records decoded so far, exact after each datagram (the Live chart's rates). */
    private final java.util.concurrent.atomic.AtomicLong decodedPackets = new java.util.concurrent.atomic.AtomicLong(),
            decodedBytes = new java.util.concurrent.atomic.AtomicLong();

    DecodeLoop(ExportRouter router, LongSupplier storedRows, BlockingQueue<ReceivedDatagram> free,
               BlockingQueue<ReceivedDatagram> filled, long flushNanos, Consumer<String> onFailure) {
        this.router = router;
        this.storedRows = storedRows;
        this.free = free;
        this.filled = filled;
        this.flushNanos = flushNanos;
        this.onFailure = onFailure;
    }

    /** Called once every receive thread has ended: the loop drains the queue and finishes. */
    void receiversDone() {
        receiversDone = true;
    }

    /** Datagrams taken off the queue so far, exact at any moment (the published counters lag). */
    long decodedDatagrams() {
        return decodedDatagrams.get();
    }

    /** Packets of the records decoded so far, scaled by sampling rate; exact at any moment. */
    long decodedPackets() {
        return decodedPackets.get();
    }

    /** Bytes of the records decoded so far, scaled by sampling rate; exact at any moment. */
    long decodedBytes() {
        return decodedBytes.get();
    }

    Decoded decoded() {
        return decoded;
    }

    @Override
    public void run() {
        long nextFlush = System.nanoTime() + flushNanos;
        long nextPublish = System.nanoTime() + PUBLISH_NANOS;
        try {
            while (true) {
                ReceivedDatagram r = filled.poll(50, TimeUnit.MILLISECONDS);
                if (r != null) {
                    decode(r);
                } else if (receiversDone && filled.isEmpty()) {
                    break;
                }
                long now = System.nanoTime();
                if (now - nextFlush >= 0) {
                    router.flush();
                    nextFlush = now + flushNanos;
                }
                if (now - nextPublish >= 0) {
                    publish();
                    nextPublish = now + PUBLISH_NANOS;
                }
            }
            router.finish();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            onFailure.accept("the decoding thread was interrupted");
        } catch (RuntimeException | Error e) {
            onFailure.accept("decoding failed: " + e);
        } catch (Exception e) {
            onFailure.accept("storing the received records failed: " + e.getMessage());
        } finally {
            publish();
        }
    }

    private void decode(ReceivedDatagram r) {
        ExportDatagram d = datagram;
        d.data = r.data;
        d.offset = 0;
        d.length = r.length;
        d.exporterHi = r.sourceHi;
        d.exporterLo = r.sourceLo;
        d.exporterPort = r.sourcePort;
        d.receivedMicros = r.receivedMicros;
        d.fileOffset = -1;
        if (firstMicros == 0) firstMicros = r.receivedMicros;
        lastMicros = r.receivedMicros;
        try {
            router.route(d);
        } catch (RuntimeException e) {
            // the decoders promise not to throw on bad input; should one break it, the session survives
            router.stats().of(d).malformed++;
        } finally {
            d.data = null;
            r.release();
            free.add(r);
            decodedDatagrams.lazySet(decodedDatagrams.get() + 1);  // one writer: no read-modify-write race
            decodedPackets.lazySet(router.scaledPackets());
            decodedBytes.lazySet(router.scaledBytes());
        }
    }

    private void publish() {
        ExporterStatsTable table = router.stats();
        List<ExporterCounters> list = new ArrayList<>(table.byExporter().size() + 1);
        for (Map.Entry<ExporterStatsTable.Exporter, ExporterStats> e : table.byExporter().entrySet()) {
            list.add(counters(Addresses.format(e.getKey().hi(), e.getKey().lo()), e.getValue()));
        }
        if (table.others().datagrams > 0) list.add(counters(UdpCollector.OTHER_EXPORTERS, table.others()));
        decoded = new Decoded(List.copyOf(list), router.datagrams(), firstMicros, lastMicros, storedRows.getAsLong());
    }

    private static ExporterCounters counters(String exporter, ExporterStats s) {
        return new ExporterCounters(exporter, s.datagrams, s.records, s.sequenceGaps, s.unknownTemplates, s.malformed, 0);
    }
}

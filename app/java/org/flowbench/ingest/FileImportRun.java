package org.flowbench.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.flowbench.ingest.decode.DamageLog;
import org.flowbench.ingest.decode.DecodeException;
import org.flowbench.ingest.pcap.CaptureReader;
import org.flowbench.ingest.pcap.CapturedPacket;
import org.flowbench.ingest.pcap.DecodeStats;
import org.flowbench.ingest.pcap.DecodedPacket;
import org.flowbench.ingest.pcap.PacketAggregator;
import org.flowbench.ingest.pcap.PacketDecoder;
import org.flowbench.schema.Protocols;
import org.flowbench.store.BulkFlowWriter;
import org.flowbench.store.DatasetStatus;
import org.flowbench.store.DatasetTotals;
import org.flowbench.store.Rollups;
import org.flowbench.store.Workspace;
import org.flowbench.task.Cancellation;
import org.flowbench.task.Nouns;
import org.flowbench.task.Progress;

/**
 * One file's import into its dataset ({@link ImportJob} creates and finishes the dataset row):
 * the read-decode-store loop, its counters and damage, the summary tables, and the report.
 */
final class FileImportRun {
    private static final int BATCH_ROWS = ImportJob.BATCH_ROWS;
    private static final int CHECK_EVERY = 4096;
    private static final long PROGRESS_NANOS = 100_000_000L;

    private final Workspace workspace;
    private final CaptureOpener opener;
    private final long datasetId;
    private final Path file;
    private final long total;
    private final Progress progress;
    private final Cancellation cancel;
    private final boolean exports;
    private final DamageLog damage = new DamageLog();
    private final PacketDecoder decoder = new PacketDecoder();
    private ExportFrames exportFrames;
    private long frames;
    private long position;
    private long firstSecond = Long.MAX_VALUE, lastSecond = Long.MIN_VALUE;
    private int firstNanos, lastNanos;
    private boolean cancelled;
    private String fatal;
    private DatasetTotals totals = DatasetTotals.EMPTY;
    private long rows;

    FileImportRun(Workspace workspace, CaptureOpener opener, long datasetId, Path file, long total, boolean exports,
                  Progress progress, Cancellation cancel) {
        this.workspace = workspace;
        this.opener = opener;
        this.datasetId = datasetId;
        this.exports = exports;
        this.file = file;
        this.total = total;
        this.progress = progress;
        this.cancel = cancel;
    }

    /** Reads, stores and summarises the file; never throws for bad input or a storage failure. */
    ImportReport execute(long started) {
        DatasetStatus status;
        String message;
        try (BulkFlowWriter writer = new BulkFlowWriter(workspace, datasetId, BATCH_ROWS)) {
            IpPacketConsumer consumer;
            if (exports) {
                exportFrames = new ExportFrames(writer, BATCH_ROWS, damage);
                consumer = exportFrames;
            } else {
                consumer = IpPacketConsumer.aggregating(new PacketAggregator(writer, BATCH_ROWS,
                        PacketAggregator.DEFAULT_MAX_KEYS, PacketAggregator.DEFAULT_REORDER_SLACK));
            }
            boolean opened = read(consumer);
            if (!opened || (frames == 0 && fatal != null)) {
                writer.finish();
                workspace.datasets().deleteRows(datasetId);
                return report(DatasetStatus.FAILED, "cannot import " + file + ": " + fatal, started);
            }
            consumer.finish();
            totals = writer.finish();
            rows = totals.rows();
            message = outcomeMessage();
            status = cancelled || fatal != null || !damage.isEmpty() ? DatasetStatus.PARTIAL : DatasetStatus.COMPLETE;
            if (rows > 0) {
                try {
                    // the bar stays full: every byte is read, and what remains is named
                    Rollups.build(workspace, datasetId,
                            step -> progress.update(position, total, "summarising " + file.getFileName() + ": " + step));
                    workspace.checkpoint();
                } catch (SQLException e) {
                    message += "; summary tables not built (" + e.getMessage() + "), summaries will be slower";
                }
            }
        } catch (Exception e) {
            // not bad input but a storage failure (disk full, DuckDB error): keep nothing half-done
            try {
                workspace.datasets().deleteRows(datasetId);
            } catch (SQLException ignored) {
                // the dataset is marked FAILED below; leftover rows are removed with it
            }
            totals = DatasetTotals.EMPTY;
            rows = 0;
            return report(DatasetStatus.FAILED, "import of " + file + " failed while storing: " + ImportJob.describe(e), started);
        }
        progress.update(position, total, "imported " + file.getFileName());
        return report(status, message, started);
    }

    /** Reads every frame; false when the file could not be opened as a capture at all. */
    private boolean read(IpPacketConsumer consumer) throws Exception {
        CaptureReader reader;
        try {
            reader = opener.open(file, damage);
        } catch (DecodeException e) {
            fatal = e.damage().toString();
            return false;
        } catch (IOException | RuntimeException e) {
            fatal = ImportJob.describe(e);
            return false;
        }
        try (reader) {
            CapturedPacket frame = new CapturedPacket();
            DecodedPacket packet = new DecodedPacket();
            long lastProgress = System.nanoTime();
            progress.update(0, total, "importing " + file.getFileName());
            while (next(reader, frame)) {
                frames++;
                decode(frame, packet, consumer);
                if (frames % CHECK_EVERY == 0) {
                    if (cancel.isCancelled()) {
                        cancelled = true;
                        break;
                    }
                    long now = System.nanoTime();
                    if (now - lastProgress >= PROGRESS_NANOS) {
                        lastProgress = now;
                        position = reader.position();
                        progress.update(position, total, "importing " + file.getFileName());
                    }
                }
            }
            position = reader.position();
        }
        return true;
    }

    /** A reader failure mid-file ends the input; what came before is kept. */
    private boolean next(CaptureReader reader, CapturedPacket frame) {
        try {
            return reader.next(frame);
        } catch (DecodeException e) {
            fatal = e.damage().toString();
            damage.report(e.damage());
        } catch (IOException | RuntimeException e) {
            fatal = ImportJob.describe(e);
            damage.report(reader.position(), "capture file", "readable data", ImportJob.describe(e));
        }
        return false;
    }

    private void decode(CapturedPacket frame, DecodedPacket packet, IpPacketConsumer consumer) throws Exception {
        PacketDecoder.Outcome outcome;
        try {
            outcome = decoder.decode(frame.linkType, frame.data, frame.offset, frame.capturedLength,
                    frame.originalLength, packet);
        } catch (RuntimeException e) {
            damage.report(frame.fileOffset, "frame " + frames, "a frame the decoder can read", "decoder error " + e);
            return;
        }
        switch (outcome) {
            case IP -> {
                consumer.accept(frame, packet);
                seen(frame);
            }
            case MALFORMED, TRUNCATED -> damage.report(frame.fileOffset, "frame " + frames,
                    "complete IP headers", String.valueOf(decoder.lastProblem()));
            case NON_IP, UNSUPPORTED_LINK -> { } // counted by the decoder, not damage
        }
    }

    private void seen(CapturedPacket f) {
        if (f.epochSeconds < firstSecond || (f.epochSeconds == firstSecond && f.nanos < firstNanos)) {
            firstSecond = f.epochSeconds;
            firstNanos = f.nanos;
        }
        if (f.epochSeconds > lastSecond || (f.epochSeconds == lastSecond && f.nanos > lastNanos)) {
            lastSecond = f.epochSeconds;
            lastNanos = f.nanos;
        }
    }

    private String outcomeMessage() {
        List<String> parts = new ArrayList<>();
        if (cancelled) parts.add("cancelled after " + Nouns.count(frames, "frame") + "; what was read so far is kept");
        if (fatal != null) parts.add("reading stopped early: " + fatal);
        if (!damage.isEmpty()) parts.add(Nouns.count(damage.total(), "damaged place"));
        DecodeStats s = decoder.stats();
        if (frames == 0 && fatal == null) parts.add("the capture holds no frames");
        if (frames > 0 && s.ipPackets == 0) parts.add("no IP packets found");
        if (exportFrames != null) parts.add(0, exportSummary());
        if (s.unsupportedLink > 0) parts.add(Nouns.count(s.unsupportedLink, "frame") + " of unsupported link types skipped");
        return parts.isEmpty() ? "imported completely" : String.join("; ", parts);
    }

    private String exportSummary() {
        String summary = "flow exports: " + Nouns.count(exportFrames.datagrams(), "datagram") + ", "
                + Nouns.count(exportFrames.records(), "record") + " from "
                + Nouns.count(exportFrames.exporterReports().size(), "exporter");
        long other = exportFrames.otherPackets();
        if (other == 0) return summary;
        return summary + "; " + Nouns.count(other, "other packet") + " carried no export and "
                + (other == 1 ? "was" : "were") + " skipped";
    }

    private ImportReport report(DatasetStatus status, String message, long started) {
        DecodeStats s = decoder.stats();
        Map<String, Long> perProtocol = new TreeMap<>();
        for (int p = 0; p < s.perProtocol.length; p++) {
            if (s.perProtocol[p] > 0) perProtocol.put(Protocols.name(p), s.perProtocol[p]);
        }
        boolean stored = status != DatasetStatus.FAILED;
        return new ImportReport(datasetId, file.toString(), status, message, frames,
                stored ? s.ipPackets : 0, stored ? totals.bytes() : 0, stored ? rows : 0, s.nonIp, s.truncated,
                s.snaplenCut, s.malformed, s.unsupportedLink, instant(firstSecond, firstNanos),
                instant(lastSecond, lastNanos), linkTypes(s), perProtocol, damage.kept(), damage.total(),
                ImportJob.seconds(started), exportFrames == null ? ImportReport.PACKETS : ImportReport.FLOW_EXPORTS,
                exportFrames == null ? List.of() : exportFrames.exporterReports());
    }

    DatasetTotals totals() { return totals; }

    private static Map<Integer, Long> linkTypes(DecodeStats s) {
        return s.perLinkType.toMap();
    }

    private static Instant instant(long second, int nanos) {
        if (second == Long.MAX_VALUE || second == Long.MIN_VALUE) return null;
        return Instant.ofEpochSecond(second, nanos);
    }
}

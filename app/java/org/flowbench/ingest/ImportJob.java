package org.flowbench.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
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
import org.flowbench.ingest.pcap.CaptureReaders;
import org.flowbench.ingest.pcap.CapturedPacket;
import org.flowbench.ingest.pcap.DecodeStats;
import org.flowbench.ingest.pcap.DecodedPacket;
import org.flowbench.ingest.pcap.PacketAggregator;
import org.flowbench.ingest.pcap.PacketDecoder;
import org.flowbench.schema.Protocols;
import org.flowbench.store.DatasetStatus;
import org.flowbench.store.DatasetTotals;
import org.flowbench.store.BulkFlowWriter;
import org.flowbench.store.Rollups;
import org.flowbench.store.Workspace;
import org.flowbench.task.Cancellation;
import org.flowbench.task.Progress;

/**
 * Imports capture files, one dataset per file: reader, decoder, aggregator, writer. The dataset
 * row is written IMPORTING first and finished last with its report; bad input never escapes
 * as an exception, and earlier datasets are never touched.
 *
 * <p>Status: COMPLETE when every frame was read; PARTIAL when anything was damaged or the user
 * cancelled (what was stored is kept: see docs/decisions/0004); FAILED when the file could not
 * be read at all, in which case no rows are kept.
 */
public final class ImportJob {
    /**
     * Rows per batch: one DuckDB row group; about 25 MB of arrays plus 15 MB of Arrow buffers
     * for each batch in flight (docs/decisions/0080).
     */
    public static final int BATCH_ROWS = 122_880;
    private static final int CHECK_EVERY = 4096;
    private static final long PROGRESS_NANOS = 100_000_000L;

    private final Workspace workspace;
    private final CaptureOpener opener;

    public ImportJob(Workspace workspace) {
        this(workspace, CaptureReaders::open);
    }

    public ImportJob(Workspace workspace, CaptureOpener opener) {
        this.workspace = workspace;
        this.opener = opener;
    }

    /** Imports each file into its own dataset, in order; stops before the next file once cancelled. */
    public List<ImportReport> importFiles(List<Path> files, Progress progress, Cancellation cancel) {
        return importFiles(files, As.AUTO, progress, cancel);
    }

    public List<ImportReport> importFiles(List<Path> files, As as, Progress progress, Cancellation cancel) {
        List<ImportReport> reports = new ArrayList<>();
        for (Path f : files) {
            if (cancel.isCancelled()) break;
            reports.add(importFile(f, as, progress, cancel));
        }
        return reports;
    }

    /** What to make of a capture: decided from its payloads, or forced by the user ({@code --as}). */
    public enum As { AUTO, PACKETS, FLOWS }

    public ImportReport importFile(Path file, Progress progress, Cancellation cancel) {
        return importFile(file, As.AUTO, progress, cancel);
    }

    public ImportReport importFile(Path file, As as, Progress progress, Cancellation cancel) {
        long started = System.nanoTime();
        Path abs = file.toAbsolutePath();
        long size;
        String fingerprint;
        boolean gzip;
        try {
            size = Files.size(abs);
            fingerprint = FileFingerprint.of(abs);
            gzip = isGzip(abs);
        } catch (IOException e) {
            // nothing to record: the file cannot even be opened (missing, unreadable, a folder)
            return failedBeforeStart(abs, "cannot read " + abs + ": " + describe(e), started);
        }
        boolean exports = as == As.FLOWS || (as == As.AUTO && looksLikeExports(abs));
        long datasetId;
        try {
            datasetId = workspace.datasets().create(abs.getFileName().toString(), abs.toString(), size, fingerprint,
                    exports ? "flows" : "pcap");
        } catch (SQLException e) {
            return failedBeforeStart(abs, "cannot create a dataset in " + workspace.path() + ": " + e.getMessage(), started);
        }
        Run run = new Run(datasetId, abs, gzip ? -1 : size, exports, progress, cancel);
        ImportReport report = run.execute(started);
        try {
            workspace.datasets().finish(datasetId, report.status(), run.totals, ReportJson.write(report));
        } catch (SQLException e) {
            // the dataset stays IMPORTING and is repaired to PARTIAL on the next open
            return withMessage(report, report.message() + "; the report could not be saved: " + e.getMessage());
        }
        return report;
    }

    private ImportReport failedBeforeStart(Path file, String message, long started) {
        return new ImportReport(0, file.toString(), DatasetStatus.FAILED, message, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                null, null, Map.of(), Map.of(), List.of(), 0, seconds(started));
    }

    /** One file's import: the loop and its counters. */
    private final class Run {
        final long datasetId;
        final Path file;
        final long total;
        final Progress progress;
        final Cancellation cancel;
        final boolean exports;
        final DamageLog damage = new DamageLog();
        ExportFrames exportFrames;
        final PacketDecoder decoder = new PacketDecoder();
        long frames;
        long position;
        long firstSecond = Long.MAX_VALUE, lastSecond = Long.MIN_VALUE;
        int firstNanos, lastNanos;
        boolean cancelled;
        String fatal;
        DatasetTotals totals = DatasetTotals.EMPTY;
        long rows;

        Run(long datasetId, Path file, long total, boolean exports, Progress progress, Cancellation cancel) {
            this.datasetId = datasetId;
            this.exports = exports;
            this.file = file;
            this.total = total;
            this.progress = progress;
            this.cancel = cancel;
        }

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
                return report(DatasetStatus.FAILED, "import of " + file + " failed while storing: " + describe(e), started);
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
                fatal = describe(e);
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
                fatal = describe(e);
                damage.report(reader.position(), "capture file", "readable data", describe(e));
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
            if (cancelled) parts.add("cancelled after " + frames + " frames; what was read so far is kept");
            if (fatal != null) parts.add("reading stopped early: " + fatal);
            if (!damage.isEmpty()) parts.add(damage.total() + " damaged places");
            DecodeStats s = decoder.stats();
            if (frames == 0 && fatal == null) parts.add("the capture holds no frames");
            if (frames > 0 && s.ipPackets == 0) parts.add("no IP packets found");
            if (exportFrames != null) parts.add(0, exportSummary());
            if (s.unsupportedLink > 0) parts.add(s.unsupportedLink + " frames of unsupported link types skipped");
            return parts.isEmpty() ? "imported completely" : String.join("; ", parts);
        }

        private String exportSummary() {
            String summary = "flow exports: " + exportFrames.datagrams() + " datagrams, " + exportFrames.records()
                    + " records from " + exportFrames.exporterReports().size() + " exporters";
            long other = exportFrames.otherPackets();
            return other == 0 ? summary : summary + "; " + other + " other packets carried no export and were skipped";
        }

        ImportReport report(DatasetStatus status, String message, long started) {
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
                    seconds(started), exportFrames == null ? ImportReport.PACKETS : ImportReport.FLOW_EXPORTS,
                    exportFrames == null ? List.of() : exportFrames.exporterReports());
        }
    }

    private static Map<Integer, Long> linkTypes(DecodeStats s) {
        return s.perLinkType.toMap();
    }

    private static Instant instant(long second, int nanos) {
        if (second == Long.MAX_VALUE || second == Long.MIN_VALUE) return null;
        return Instant.ofEpochSecond(second, nanos);
    }

    /** A file that is no readable capture is imported as packets, whose reader then says what is wrong. */
    private static boolean looksLikeExports(Path file) {
        try {
            return CaptureKind.detect(file) == CaptureKind.FLOW_EXPORTS;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean isGzip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.read() == 0x1f && in.read() == 0x8b;
        }
    }

    private static String describe(Throwable e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    private static ImportReport withMessage(ImportReport r, String message) {
        return new ImportReport(r.datasetId(), r.file(), r.status(), message, r.packets(), r.ipPackets(), r.ipBytes(),
                r.rows(), r.nonIp(), r.truncated(), r.snaplenCut(), r.malformed(), r.unsupportedLink(), r.firstPacket(),
                r.lastPacket(), r.perLinkType(), r.perProtocol(), r.damage(), r.damageTotal(), r.seconds(), r.kind(),
                r.exporters());
    }
}

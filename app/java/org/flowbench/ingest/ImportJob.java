package org.flowbench.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flowbench.ingest.pcap.CaptureReaders;
import org.flowbench.store.DatasetStatus;
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
        FileImportRun run = new FileImportRun(workspace, opener, datasetId, abs, gzip ? -1 : size, exports, progress, cancel);
        ImportReport report = run.execute(started);
        try {
            workspace.datasets().finish(datasetId, report.status(), run.totals(), ReportJson.write(report));
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

    static String describe(Throwable e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }

    static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    private static ImportReport withMessage(ImportReport r, String message) {
        return new ImportReport(r.datasetId(), r.file(), r.status(), message, r.packets(), r.ipPackets(), r.ipBytes(),
                r.rows(), r.nonIp(), r.truncated(), r.snaplenCut(), r.malformed(), r.unsupportedLink(), r.firstPacket(),
                r.lastPacket(), r.perLinkType(), r.perProtocol(), r.damage(), r.damageTotal(), r.seconds(), r.kind(),
                r.exporters());
    }
}

package org.flowbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.flowbench.enrich.Enricher;
import org.flowbench.enrich.GeoDatabases;
import org.flowbench.enrich.GeoLookup;
import org.flowbench.ingest.ImportJob;
import org.flowbench.ingest.ImportReport;
import org.flowbench.store.DatasetStatus;
import org.flowbench.store.Workspace;
import org.flowbench.store.WorkspaceException;
import org.flowbench.task.Cancellation;
import org.flowbench.task.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Imports captures (pcap, pcapng, plain or gzip), one dataset per file: their packets, or the "
                + "NetFlow v5/v9, IPFIX and sFlow records of the exports they carry (see --as).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every file imported completely", "1:some file was read only in part (dataset partial)",
                "3:some file could not be read at all", "5:the workspace is in use by another process"})
final class ImportCommand extends WorkspaceCommand implements Callable<Integer> {
    @Mixin FormatOption format;
    @Mixin GeoOptions geo;

    @picocli.CommandLine.Option(names = "--as", paramLabel = "packets|flows", defaultValue = "auto",
            description = "Store the packets, or the flow records of the NetFlow/IPFIX/sFlow exports they carry "
                    + "(default: decided from the payloads)")
    String as;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Capture files")
    List<Path> files;

    static final List<String> COLUMNS = List.of("dataset", "file", "status", "frames", "ip_packets", "bytes", "rows",
            "damaged", "seconds", "message");

    @Override
    public Integer call() {
        try (Workspace ws = openForImport()) {
            List<ImportReport> reports = new ImportJob(ws).importFiles(files, mode(), StderrProgress.forConsole(err()), new Cancellation());
            ImportLabels.attach(ws, reports, files, err());
            enrich(ws, reports);
            List<List<Object>> rows = new ArrayList<>();
            int exit = Exit.OK;
            for (ImportReport r : reports) {
                rows.add(java.util.Arrays.asList(r.datasetId() == 0 ? null : r.datasetId(), r.file(),
                        r.status().name().toLowerCase(Locale.ROOT), r.packets(), r.ipPackets(), r.ipBytes(), r.rows(),
                        r.damageTotal(), Math.round(r.seconds() * 1000) / 1000.0, r.message()));
                exit = Math.max(exit, exitCode(r.status()));
            }
            new TableOutput(out(), format.format).rows(COLUMNS, rows);
            return exit;
        } catch (WorkspaceException e) {
            return cannotOpen(e);
        }
    }

    /** Countries and AS numbers at import, when a database is given or configured. */
    private void enrich(Workspace ws, List<ImportReport> reports) {
        try {
            GeoDatabases dbs = geo.databases();
            if (dbs.isEmpty()) return;
            try (GeoLookup lookup = dbs.open()) {
                for (ImportReport r : reports) {
                    if (r.datasetId() != 0 && r.rows() > 0) new Enricher(ws).enrich(r.datasetId(), lookup);
                }
            }
        } catch (Exception e) {
            // the import itself stands; enrichment can be rerun with `flowbench enrich`
            err().println("flowbench import: enrichment skipped: " + e.getMessage());
        }
    }

    private ImportJob.As mode() {
        return switch (as.toLowerCase(Locale.ROOT)) {
            case "auto" -> ImportJob.As.AUTO;
            case "packets" -> ImportJob.As.PACKETS;
            case "flows" -> ImportJob.As.FLOWS;
            default -> throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--as takes packets or flows, not '" + as + "'");
        };
    }

    private static int exitCode(DatasetStatus s) {
        return switch (s) {
            case COMPLETE -> Exit.OK;
            case PARTIAL, IMPORTING -> Exit.PARTIAL;
            case FAILED -> Exit.UNREADABLE;
        };
    }
}

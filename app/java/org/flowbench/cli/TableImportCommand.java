package org.flowbench.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.flowbench.store.ColumnMapping;
import org.flowbench.store.DatasetStatus;
import org.flowbench.store.FlowTableImport;
import org.flowbench.store.Workspace;
import org.flowbench.store.WorkspaceException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import-table", mixinStandardHelpOptions = true,
        description = {"Imports flow tables exported elsewhere, Parquet or CSV, one dataset per file.",
                "Akvorado: clickhouse-client -q \"SELECT * FROM flows WHERE ... FORMAT Parquet\" > slice.parquet",
                "nfdump:   nfdump -R DIR -o csv 'FILTER' > flows.csv"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every file imported completely", "1:some rows were damaged (dataset partial)",
                "3:a file could not be read or lacks a needed column", "5:the workspace is in use by another process"})
final class TableImportCommand extends WorkspaceCommand implements Callable<Integer> {
    @Mixin FormatOption format;

    @Option(names = "--mapping", required = true, paramLabel = "akvorado|nfdump|FILE.json",
            description = "Which columns feed which flows columns: a preset or a JSON file (docs/table-import.md)")
    String mapping;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = ".parquet or .csv files")
    List<Path> files;

    @Override
    public Integer call() {
        ColumnMapping m;
        try {
            m = ColumnMapping.named(mapping);
        } catch (IOException e) {
            err().println("flowbench import-table: " + e.getMessage());
            return Exit.USAGE;
        }
        try (Workspace ws = Workspace.open(workspacePath())) {
            List<List<Object>> rows = new ArrayList<>();
            int exit = Exit.OK;
            for (Path file : files) {
                try {
                    FlowTableImport.Result r = new FlowTableImport(ws).run(file, FlowTableImport.FileFormat.of(file), m);
                    rows.add(Arrays.asList(r.datasetId(), file.toString(), r.status().name().toLowerCase(Locale.ROOT),
                            r.rows(), r.damaged(), r.skipped()));
                    if (r.status() != DatasetStatus.COMPLETE) exit = Math.max(exit, Exit.PARTIAL);
                } catch (Exception e) {
                    err().println("flowbench import-table: " + file + ": " + e.getMessage());
                    rows.add(Arrays.asList(null, file.toString(), "failed", 0, 0, 0));
                    exit = Exit.UNREADABLE;
                }
            }
            new TableOutput(out(), format.format).rows(List.of("dataset", "file", "status", "rows", "damaged", "skipped"), rows);
            return exit;
        } catch (WorkspaceException e) {
            return cannotOpen(e);
        }
    }
}

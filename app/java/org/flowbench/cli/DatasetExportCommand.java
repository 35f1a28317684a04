package org.flowbench.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.flowbench.filter.FilterSyntaxException;
import org.flowbench.filter.Filters;
import org.flowbench.filter.SqlFragment;
import org.flowbench.query.DatasetExport;
import org.flowbench.store.DatasetInfo;
import org.flowbench.store.Workspace;
import org.flowbench.store.WorkspaceException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes a dataset, or a time range of it, to Parquet or CSV (addresses as text).")
final class DatasetExportCommand extends WorkspaceCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DATASET", description = "Dataset id or name") String dataset;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE",
            description = "Output file; .parquet or .csv decides the format unless --file-format says")
    Path output;

    @Option(names = "--file-format", paramLabel = "parquet|csv", description = "Output format") String fileFormat;
    @Option(names = "--from", paramLabel = "INSTANT", description = "Start (ISO-8601, inclusive)") Instant from;
    @Option(names = "--to", paramLabel = "INSTANT", description = "End (ISO-8601, exclusive)") Instant to;
    @Option(names = "--filter", paramLabel = "FILTER", description = "Only rows matching this filter (docs/filter-language.md)")
    String filter;

    @Override
    public Integer call() throws Exception {
        DatasetExport.Format format = format();
        if (format == null) {
            err().println("flowbench dataset export: say --file-format parquet or csv (or name the file .parquet/.csv)");
            return Exit.USAGE;
        }
        SqlFragment where;
        try {
            where = Filters.compile(filter == null ? "" : filter);
        } catch (FilterSyntaxException e) {
            err().println("flowbench dataset export: " + e.getMessage());
            return Exit.USAGE;
        }
        try (Workspace ws = Workspace.openReadOnly(workspacePath())) {
            Optional<DatasetInfo> found = DatasetArgument.find(ws, dataset, err(), "flowbench dataset export");
            if (found.isEmpty()) return Exit.UNREADABLE;
            long rows = new DatasetExport(ws).export(found.get().id(), where, from, to, output, format);
            out().println("wrote " + rows + " rows to " + output);
            return Exit.OK;
        } catch (WorkspaceException e) {
            return cannotOpen(e);
        }
    }

    private DatasetExport.Format format() {
        String f = fileFormat != null ? fileFormat : output.getFileName().toString();
        f = f.toLowerCase(Locale.ROOT);
        if (f.equals("parquet") || f.endsWith(".parquet")) return DatasetExport.Format.PARQUET;
        if (f.equals("csv") || f.endsWith(".csv")) return DatasetExport.Format.CSV;
        return null;
    }
}

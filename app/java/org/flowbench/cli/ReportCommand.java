package org.flowbench.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.flowbench.flowspec.dialect.Dialects;
import org.flowbench.report.ReportBuilder;
import org.flowbench.report.ReportException;
import org.flowbench.report.ReportFormat;
import org.flowbench.report.ReportModel;
import org.flowbench.report.ReportSpec;
import org.flowbench.report.RuleSource;
import org.flowbench.report.ReportWriter;
import org.flowbench.store.DatasetInfo;
import org.flowbench.store.Workspace;
import org.flowbench.store.WorkspaceException;
import org.flowbench.task.Cancellation;
import org.flowbench.task.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Writes a post-mortem report: summary, timeline of incidents and alerts, traffic charts, top-N "
                + "tables, detection results and scores, Flowspec rules with their simulated impact and router syntax, "
                + "and the import reports of the data used.",
                "Formats: html (self-contained), pdf, md (for a ticket)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:report written", "2:bad option", "3:a dataset, incident or rules file could not be read",
                "4:internal error", "5:the workspace is in use by another process"})
final class ReportCommand extends WorkspaceCommand implements Callable<Integer> {
    @Option(names = "--dataset", paramLabel = "DATASET", description = "Dataset id or name; repeatable (default: every dataset)")
    List<String> datasets = new ArrayList<>();

    @Option(names = "--from", paramLabel = "TIME", description = "Start of the range (ISO-8601, UTC; default: the data's start)")
    String from;

    @Option(names = "--to", paramLabel = "TIME", description = "End of the range, exclusive (default: the data's end)")
    String to;

    @Option(names = "--incident", paramLabel = "ID", split = ",",
            description = "Incident ids to include (default: every incident of the datasets)")
    List<Long> incidents;

    @Option(names = "--rules", paramLabel = "FILE",
            description = "Detection rule file (JSON or YAML) to replay and score; workspace:NAME for a saved rule set")
    String rules;

    @Option(names = "--flowspec", paramLabel = "FILE",
            description = "Flowspec rule file (any readable dialect) to simulate; workspace:NAME for a saved rule set")
    String flowspec;

    @Option(names = "--rtbh", description = "Also simulate blackholing the victim (RFC 7999) beside the Flowspec rules")
    boolean rtbh;

    @Option(names = "--dialect", paramLabel = "NAME", defaultValue = ReportSpec.DEFAULT_DIALECT,
            description = "Router syntax the rules are shown in: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})",
            completionCandidates = WritableDialects.class)
    String dialect;

    @Option(names = "--format", paramLabel = "FORMAT", description = "html, pdf or md (default: from the -o extension)")
    String format;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "Where to write the report")
    Path output;

    @Option(names = "--title", paramLabel = "TEXT", description = "Report title") String title;

    @Option(names = "--author", paramLabel = "TEXT", description = "Author line") String author;

    @Option(names = "--top", paramLabel = "N", defaultValue = "5", description = "Rows of the top-N tables (default: ${DEFAULT-VALUE})")
    int top;

    static final class WritableDialects extends ArrayList<String> {
        WritableDialects() { super(Dialects.writableNames()); }
    }

    @Override
    public Integer call() {
        Optional<ReportFormat> f = format != null ? ReportFormat.parse(format) : ReportFormat.ofFile(output);
        if (f.isEmpty()) {
            return fail(Exit.USAGE, format != null ? "unknown format '" + format + "'; use html, pdf or md"
                    : "cannot tell the format from " + output.getFileName() + "; end it in .html, .pdf or .md, or give --format");
        }
        if (Dialects.named(dialect).filter(d -> d.canWrite()).isEmpty()) {
            return fail(Exit.USAGE, "unknown dialect '" + dialect + "'; known: " + String.join(", ", Dialects.writableNames()));
        }
        try (Workspace ws = Workspace.openReadOnly(workspacePath())) {
            List<Long> ids = new ArrayList<>();
            if (datasets.isEmpty()) {
                for (DatasetInfo d : ws.datasets().list()) ids.add(d.id());
                if (ids.isEmpty()) return fail(Exit.UNREADABLE, ws.path() + " holds no dataset (flowbench import adds one)");
            }
            Optional<List<Long>> named = DatasetArgument.ids(ws, datasets, err(), "flowbench report");
            if (named.isEmpty()) return Exit.UNREADABLE;
            ids.addAll(named.get());
            ReportSpec spec = new ReportSpec(ids, TimeArgument.instant(from, "--from"), TimeArgument.instant(to, "--to"), incidents, source(rules), source(flowspec),
                    rtbh, dialect, title, author, top);
            ReportModel model = new ReportBuilder(ws).build(spec, Progress.NONE, Cancellation.none());
            Path written = ReportWriter.write(model, f.get(), output);
            out().println(written);
            out().flush();
            return Exit.OK;
        } catch (WorkspaceException e) {
            return cannotOpen(e);
        } catch (ReportException e) {
            return fail(Exit.UNREADABLE, e.getMessage());
        } catch (IllegalArgumentException e) {
            return fail(Exit.USAGE, e.getMessage());
        } catch (Exception e) {
            return fail(Exit.INTERNAL, e.toString());
        }
    }

    private static RuleSource source(String argument) {
        if (argument == null) return null;
        return RuleSetArgument.storedName(argument).map(RuleSource::saved).orElseGet(() -> RuleSource.file(Path.of(argument)));
    }

    private int fail(int code, String message) {
        err().println("flowbench report: " + message);
        err().flush();
        return code;
    }
}

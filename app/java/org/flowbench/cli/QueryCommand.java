package org.flowbench.cli;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.flowbench.filter.FilterSyntaxException;
import org.flowbench.filter.Filters;
import org.flowbench.filter.SqlFragment;
import org.flowbench.query.ExploreQuery;
import org.flowbench.query.QuerySpec;
import org.flowbench.store.DatasetInfo;
import org.flowbench.store.Workspace;
import org.flowbench.store.WorkspaceException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Traffic over time split by dimensions (top N plus Other), or a top-N table: the Explore view's"
                + " questions from the command line.",
                "Example: flowbench query 1 --filter 'proto = UDP' --by dst_addr --metric pps --top 5 --step 10s"})
final class QueryCommand extends WorkspaceCommand implements Callable<Integer> {
    @Mixin FormatOption format;

    @Parameters(arity = "1..*", paramLabel = "DATASET", description = "Dataset ids or names; several add up on one time axis")
    List<String> datasets;

    @Option(names = "--filter", paramLabel = "TEXT", description = "Filter, e.g. \"proto = UDP AND dst_port = 53\"")
    String filter;

    @Option(names = "--by", split = ",", paramLabel = "DIM", description = "Dimensions to split by (column names, e.g. dst_addr,proto)")
    List<String> by = new ArrayList<>();

    @Option(names = "--metric", defaultValue = "bps",
            description = "bps, l2bps, pps, packets, bytes, flows, sources, destinations (default: ${DEFAULT-VALUE})")
    String metric;

    @Option(names = "--top", defaultValue = "10", description = "Series or rows kept; the rest is Other (default: ${DEFAULT-VALUE})")
    int top;

    @Option(names = "--from", paramLabel = "TIME", description = "Start (inclusive): ISO-8601 instant, or +90s after the datasets' start")
    String from;

    @Option(names = "--to", paramLabel = "TIME", description = "End (exclusive): ISO-8601 instant, or +5m after the datasets' start")
    String to;

    @Option(names = "--step", defaultValue = "auto", description = "Bucket length: 1s, 10s, 1m, 1h ... or auto (at most about 1,000 buckets)")
    String step;

    @Option(names = "--table", description = "Print the top-N table over the range instead of the series")
    boolean table;

    @Option(names = "--previous", arity = "0..1", fallbackValue = "", paramLabel = "SHIFT",
            description = "Add the same series for an earlier period: the one just before (no value) or SHIFT earlier (e.g. 1d)")
    String previous;

    @Override
    public Integer call() throws Exception {
        try (Workspace ws = Workspace.openReadOnly(workspacePath())) {
            Optional<List<DatasetInfo>> named = DatasetArgument.findAll(ws, datasets, err(), "flowbench query");
            if (named.isEmpty()) return Exit.UNREADABLE;
            List<DatasetInfo> found = named.get();
            QuerySpec spec;
            try {
                spec = spec(found);
            } catch (QueryArguments.BadArgument | IllegalArgumentException e) {
                return usage(e.getMessage());
            } catch (FilterSyntaxException e) {
                return filterError(e);
            }
            ExploreQuery explore = new ExploreQuery(ws);
            QueryOutput output = new QueryOutput(new TableOutput(out(), format.format), out(), format.format, found);
            try {
                if (table) output.print(explore.top(spec));
                else output.print(explore.series(spec));
            } catch (IllegalArgumentException e) { // e.g. a hand-picked step giving too many buckets
                return usage(e.getMessage());
            }
            return Exit.OK;
        } catch (WorkspaceException e) {
            return cannotOpen(e);
        }
    }

    private QuerySpec spec(List<DatasetInfo> found) throws QueryArguments.BadArgument, FilterSyntaxException {
        Instant start = null;
        for (DatasetInfo d : found) {
            if (d.firstTs() != null && (start == null || d.firstTs().isBefore(start))) start = d.firstTs();
        }
        SqlFragment where = filter == null ? SqlFragment.TRUE : Filters.compile(filter);
        QuerySpec.Builder b = QuerySpec.builder()
                .datasets(found.stream().map(DatasetInfo::id).toList())
                .filter(where)
                .by(QueryArguments.dimensions(by))
                .metric(QueryArguments.metric(metric))
                .top(top)
                .range(QueryArguments.time("--from", from, start), QueryArguments.time("--to", to, start))
                .step(QueryArguments.step(step));
        if (previous != null) {
            if (previous.isBlank()) b.comparePrevious();
            else b.comparePrevious(QueryArguments.duration(previous, "--previous"));
        }
        return b.build();
    }

    private int usage(String message) {
        err().println("flowbench query: " + message);
        err().flush();
        return Exit.USAGE;
    }

    /** The message, then the offending line of the filter with a caret under the column. */
    private int filterError(FilterSyntaxException e) {
        String[] lines = filter.split("\n", -1);
        String line = e.line() - 1 < lines.length ? lines[e.line() - 1] : "";
        err().println("flowbench query: --filter: " + e.getMessage());
        err().println("  " + line.replace('\t', ' ')); // one column per character, as the caret counts
        err().println("  " + " ".repeat(Math.max(0, e.column() - 1)) + "^");
        err().flush();
        return Exit.USAGE;
    }

}

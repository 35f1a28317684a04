package org.flowbench.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.flowbench.query.DatasetSummary;
import org.flowbench.query.DatasetSummaryQuery;
import org.flowbench.query.DuckDbTrafficQuery;
import org.flowbench.query.ReadOnlySql;
import org.flowbench.query.ResultTable;
import org.flowbench.query.TrafficPoint;
import org.flowbench.store.DatasetInfo;
import org.flowbench.store.DatasetStatus;
import org.flowbench.store.Workspace;

/**
 * End-to-end query latency on an imported dataset, through the services the window and the CLI
 * use, on a workspace opened read-only: two warm-up runs, then five timed runs of each query,
 * printed as {@code query:NAME<TAB>RUN<TAB>SECONDS} for bench/import-vs-peers.sh to take medians of.
 * Not a JMH benchmark on purpose: it measures what a user waits for on a real import (bench/README.md).
 *
 * <p>Usage: {@code QueryLatency WORKSPACE [DATASET_ID]} (default: the last complete dataset).
 */
public final class QueryLatency {
    static final int WARMUP = 2;
    static final int RUNS = 5;
    /** More points than the capture has seconds: the series comes back in 1 s buckets. */
    static final int ONE_SECOND_POINTS = 1_000_000;

    private QueryLatency() {}

    interface Query {
        Object run() throws Exception;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: QueryLatency WORKSPACE [DATASET_ID]");
            System.exit(2);
        }
        try (Workspace ws = Workspace.openReadOnly(Path.of(args[0]))) {
            long id = args.length > 1 ? Long.parseLong(args[1]) : lastComplete(ws);
            DatasetSummaryQuery summary = new DatasetSummaryQuery(ws);
            DuckDbTrafficQuery traffic = new DuckDbTrafficQuery(ws);
            ReadOnlySql sql = new ReadOnlySql(ws);
            // the same question as the summary's top destinations, asked of the raw rows as the SQL console would
            String rawTop = "SELECT dst_addr, sum(bytes * sampling_rate) AS bytes FROM flows WHERE dataset_id = " + id
                    + " GROUP BY dst_addr ORDER BY bytes DESC LIMIT 10";
            time("top10-dst-summary", () -> {
                DatasetSummary s = summary.summarize(id);
                return s.topDestinations().size();
            });
            time("top10-dst-raw-sql", () -> {
                ResultTable t = sql.run(rawTop, 0);
                return t.rows().size();
            });
            time("bps-series-1s", () -> {
                List<TrafficPoint> points = traffic.series(id, ONE_SECOND_POINTS);
                return points.size();
            });
        }
    }

    private static long lastComplete(Workspace ws) throws Exception {
        List<DatasetInfo> complete = new ArrayList<>();
        for (DatasetInfo d : ws.datasets().list()) if (d.status() == DatasetStatus.COMPLETE) complete.add(d);
        if (complete.isEmpty()) throw new IllegalStateException("no complete dataset in " + ws.path());
        return complete.get(complete.size() - 1).id();
    }

    private static void time(String name, Query q) throws Exception {
        Object result = null;
        for (int i = 0; i < WARMUP; i++) result = q.run();
        System.err.println(name + ": " + result + " results");
        for (int run = 1; run <= RUNS; run++) {
            long t0 = System.nanoTime();
            q.run();
            double seconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "query:%s\t%d\t%.4f%n", name, run, seconds);
        }
    }
}

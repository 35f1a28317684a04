package org.flowbench.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.flowbench.filter.SqlFragment;
import org.flowbench.query.ExploreQuery;
import org.flowbench.query.Metric;
import org.flowbench.query.QuerySpec;
import org.flowbench.schema.FlowField;
import org.flowbench.store.DatasetInfo;
import org.flowbench.store.DatasetStatus;
import org.flowbench.store.Workspace;

/**
 * Latency of the Explore queries ({@link ExploreQuery}) on an imported dataset, the workspace
 * opened read-only as {@code flowbench query} opens it: two warm-up runs, then {@code RUNS}
 * timed runs of each query, printed as {@code query:NAME<TAB>RUN<TAB>SECONDS} for
 * bench/explore-latency.sh. A plain main rather than JMH, like {@link QueryLatency}: it measures
 * what a user waits for on a real import (bench/README.md).
 *
 * <p>Usage: {@code ExploreLatencyBenchmark WORKSPACE [DATASET_ID] [RUNS]} (default: the last complete dataset, 7 runs).
 */
public final class ExploreLatencyBenchmark {
    static final int WARMUP = 2;

    private ExploreLatencyBenchmark() {}

    interface Query {
        int run() throws Exception;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: ExploreLatencyBenchmark WORKSPACE [DATASET_ID] [RUNS]");
            System.exit(2);
        }
        try (Workspace ws = Workspace.openReadOnly(Path.of(args[0]))) {
            long id = args.length > 1 ? Long.parseLong(args[1]) : lastComplete(ws);
            int runs = args.length > 2 ? Integer.parseInt(args[2]) : 7;
            ExploreQuery explore = new ExploreQuery(ws);
            SqlFragment udp = SqlFragment.of("proto = ?", 17);
            Map<String, QuerySpec> specs = new LinkedHashMap<>();
            specs.put("series-total-bps", QuerySpec.builder(id).build());
            specs.put("series-by-dst-top10-bps", QuerySpec.builder(id).by(FlowField.DST_ADDR).build());
            specs.put("series-by-src-top10-bps", QuerySpec.builder(id).by(FlowField.SRC_ADDR).build());
            specs.put("series-by-proto-pps", QuerySpec.builder(id).by(FlowField.PROTO).metric(Metric.PPS).build());
            specs.put("series-by-dstport-udp-l2bps", QuerySpec.builder(id).by(FlowField.DST_PORT)
                    .metric(Metric.L2_BPS).filter(udp).build());
            specs.put("series-by-dst-udp-bps", QuerySpec.builder(id).by(FlowField.DST_ADDR).filter(udp).build());
            specs.put("series-by-dst-distinct-src", QuerySpec.builder(id).by(FlowField.DST_ADDR)
                    .metric(Metric.DISTINCT_SOURCES).build());
            specs.put("series-by-dst-bps-previous", QuerySpec.builder(id).by(FlowField.DST_ADDR).comparePrevious().build());
            for (var e : specs.entrySet()) {
                QuerySpec s = e.getValue();
                time("series:" + e.getKey(), runs, () -> explore.series(s).series().size());
            }
            time("top:top10-dst-bps", runs, () -> explore.top(QuerySpec.builder(id).by(FlowField.DST_ADDR).build()).rows().size());
            time("top:top10-src-bytes", runs, () -> explore.top(QuerySpec.builder(id).by(FlowField.SRC_ADDR)
                    .metric(Metric.BYTES).build()).rows().size());
            time("top:top10-dst-udp-bps", runs, () -> explore.top(QuerySpec.builder(id).by(FlowField.DST_ADDR)
                    .filter(udp).build()).rows().size());
            time("top:top10-srcport-dstport-pps", runs, () -> explore.top(QuerySpec.builder(id)
                    .by(FlowField.SRC_PORT, FlowField.DST_PORT).metric(Metric.PPS).build()).rows().size());
        }
    }

    /**
     * CPU seconds of the whole process (every thread, DuckDB's native ones included) from
     * /proc/self/stat. On a shared machine wall time mostly measures the other jobs; CPU time
     * is what the query costs, and on an idle 2-core machine its wall time lies between half
     * of it (both cores busy) and all of it. 10 ms resolution (clock ticks).
     */
    static double processCpuSeconds() throws java.io.IOException {
        String stat = java.nio.file.Files.readString(Path.of("/proc/self/stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // fields 14 and 15 of proc(5), utime and stime, are 12 and 13 after the command name
        return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0;
    }

    private static long lastComplete(Workspace ws) throws Exception {
        List<DatasetInfo> complete = new ArrayList<>();
        for (DatasetInfo d : ws.datasets().list()) if (d.status() == DatasetStatus.COMPLETE) complete.add(d);
        if (complete.isEmpty()) throw new IllegalStateException("no complete dataset in " + ws.path());
        return complete.get(complete.size() - 1).id();
    }

    private static void time(String name, int runs, Query q) throws Exception {
        int result = 0;
        for (int i = 0; i < WARMUP; i++) result = q.run();
        double[] ms = new double[runs];
        for (int run = 1; run <= runs; run++) {
            double cpu0 = processCpuSeconds();
            long t0 = System.nanoTime();
            q.run();
            double seconds = (System.nanoTime() - t0) / 1e9;
            double cpu = processCpuSeconds() - cpu0;
            ms[run - 1] = seconds * 1000;
            System.out.printf(Locale.ROOT, "query:%s\t%d\t%.4f%n", name, run, seconds);
            System.out.printf(Locale.ROOT, "cpu:%s\t%d\t%.4f%n", name, run, cpu);
        }
        Arrays.sort(ms);
        System.err.printf(Locale.ROOT, "%-40s %3d series/rows  median %6.1f ms%n", name, result, ms[runs / 2]);
    }
}

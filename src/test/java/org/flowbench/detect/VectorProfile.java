package org.flowbench.detect;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.flowbench.filter.SqlFragment;
import org.flowbench.store.Workspace;

/**
 * Profiling aid, not a test: prints the per-host rule's alerts on a DetectLatency workspace and
 * the EXPLAIN ANALYZE of their dominant-vector statement. Usage: {@code VectorProfile WORKSPACE [SQLFILE]}
 * (with SQLFILE, explains that statement instead, its {@code ?} bound as the generated one's).
 */
public final class VectorProfile {
    /** Old, new over the rollup, new over raw rows, interleaved; process CPU (all threads) per call. */
    static void time(Workspace ws, List<Long> ids, Rule rule, List<Alert> alerts, int runs) throws Exception {
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        SqlFragment scope = SqlFragment.TRUE;
        for (int r = 0; r < runs; r++) {
            for (String path : List.of("old", "rollup", "raw")) {
                long cpu = os.getProcessCpuTime(), t0 = System.nanoTime();
                List<DominantVector> v = switch (path) {
                    case "old" -> new DominantVectorsReference(ws.connection(), ids).of(rule, scope, alerts);
                    default -> new DominantVectors(ws.connection(), ids).batchOf(rule, scope, alerts, path.equals("rollup"));
                };
                System.out.printf("%s\t%d\twall_ms=%d\tcpu_ms=%d\tvectors=%d\tload=%s%n", path, r, (System.nanoTime() - t0) / 1_000_000,
                        (os.getProcessCpuTime() - cpu) / 1_000_000, v.size(),
                        java.nio.file.Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
            }
        }
    }

    public static void main(String[] args) throws Exception {
        try (Workspace ws = Workspace.openReadOnly(Path.of(args[0]))) {
            List<Long> ids = List.of(ws.datasets().list().get(0).id());
            Rule rule = new Rule("per-host", "", "", Window.tumbling(Duration.ofSeconds(10)), GroupKey.DESTINATION,
                    Condition.parse("pps > 100 OR udp_bps > 1G OR syn_pps > 10k"), Duration.ZERO, Duration.ofSeconds(20));
            List<Alert> alerts = new ArrayList<>();
            new Simulator(ws).stream(ids, rule, true, alerts::add);
            for (Alert a : alerts) System.out.println(a.key() + " " + a.start() + " .. " + a.lastTriggerEnd() + " windows=" + a.windows().size());
            if (args.length > 2 && args[1].equals("time")) {
                time(ws, ids, rule, alerts, Integer.parseInt(args[2]));
                return;
            }
            boolean rollup = !"raw".equals(System.getProperty("path"));
            SqlText x = "old".equals(System.getProperty("path"))
                    ? new DominantVectorsReference(ws.connection(), ids).sql(rule, SqlFragment.TRUE, alerts)
                    : new DominantVectors(ws.connection(), ids).sql(rule, SqlFragment.TRUE, alerts, rollup);
            String sql = args.length > 1 ? java.nio.file.Files.readString(Path.of(args[1])) : x.sql();
            System.out.println(sql);
            try (var st = ws.connection().createStatement()) {
                st.execute("PRAGMA enable_profiling='json'");
                st.execute("PRAGMA profiling_output='" + System.getProperty("profile", "/tmp/vector-profile.json") + "'");
            }
            try (PreparedStatement ps = ws.connection().prepareStatement(sql)) {
                WindowRows.bind(ps, x.params());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) row.append(rs.getString(i)).append('\t');
                        System.out.println(row);
                    }
                }
            }
        }
    }
}

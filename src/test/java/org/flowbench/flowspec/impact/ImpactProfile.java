package org.flowbench.flowspec.impact;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flowbench.bench.ImpactSimulatorBenchmark;
import org.flowbench.store.Workspace;

/**
 * Profiling aid (test sources, plain main): {@code dump WS OUT [before]} writes the 100-rule simulation's
 * statement with its parameters inlined; {@code run WS SQLFILE N} times a statement N times;
 * {@code rollups WS} builds the rollups of datasets written without them (the benchmark's INSERT).
 */
public class ImpactProfile {
    public static void main(String[] a) throws Exception {
        try (Workspace w = Workspace.open(Path.of(a[1]))) {
            if (a[0].equals("dump")) {
                long id = -1;
                for (var d : w.datasets().list()) if (d.name().equals("10M")) id = d.id();
                var rules = ImpactSimulator.simulated(ImpactSimulatorBenchmark.hundredRules());
                // a[3]: "before" = the raw rows and the general application (the statement before 0280/0281)
                boolean before = a.length > 3 && a[3].equals("before");
                ImpactRequest request = ImpactRequest.of(id, TimeWindow.ALL, TrafficSplit.none());
                AllTraffic all = before ? AllTraffic.FLOWS
                        : AllTraffic.choose(request, org.flowbench.store.Rollups.perSecondDestinationPresent(w.connection(), java.util.List.of(id)));
                SqlBuilder q = ImpactQuery.build(request, rules, all, before);
                StringBuilder sb = new StringBuilder();
                String[] parts = q.sql().split("\\?", -1);
                for (int i = 0; i < parts.length; i++) {
                    sb.append(parts[i]);
                    if (i < q.params().size()) {
                        Object p = q.params().get(i);
                        sb.append(p instanceof String s ? "'" + s + "'" : String.valueOf(p));
                    }
                }
                Files.writeString(Path.of(a[2]), sb.toString());
                return;
            }
            if (a[0].equals("rollups")) {
                for (var d : w.datasets().list()) {
                    if (!org.flowbench.store.Rollups.present(w, d.id())) org.flowbench.store.Rollups.build(w, d.id());
                }
                w.checkpoint();
                return;
            }
            if (a[0].equals("compare")) {
                java.util.List<String> x = rows(w, Files.readString(Path.of(a[2]))), y = rows(w, Files.readString(Path.of(a[3])));
                System.out.println(x.size() + " rows, equal: " + x.equals(y));
                for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
                    if (!x.get(i).equals(y.get(i))) { System.out.println(x.get(i) + "\n" + y.get(i)); break; }
                }
                return;
            }
            if (a[0].equals("explain")) {
                try (Statement st = w.connection().createStatement();
                     ResultSet rs = st.executeQuery("EXPLAIN (ANALYZE, FORMAT JSON) " + Files.readString(Path.of(a[2])))) {
                    while (rs.next()) System.out.println(rs.getString(2));
                }
                return;
            }
            String sql = Files.readString(Path.of(a[2]));
            for (int run = 0; run < Integer.parseInt(a[3]); run++) {
                var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
                long t0 = System.nanoTime(), cpu = os.getProcessCpuTime();
                long sum = 0;
                try (Statement st = w.connection().createStatement(); ResultSet rs = st.executeQuery(sql)) {
                    int cols = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= cols; i++) { Object o = rs.getObject(i); if (o != null) sum += o.hashCode(); }
                    }
                }
                System.out.printf("run %d wall_ms=%.0f cpu_ms=%d load=%s%n", run, (System.nanoTime() - t0) / 1e6,
                        (os.getProcessCpuTime() - cpu) / 1_000_000, Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
            }
        }
    }

    /** Result rows as text, numbers to 9 significant digits (sums in parallel differ in the last bits), sorted. */
    static java.util.List<String> rows(Workspace w, String sql) throws Exception {
        java.util.List<String> out = new java.util.ArrayList<>();
        try (Statement st = w.connection().createStatement(); ResultSet rs = st.executeQuery(sql)) {
            int cols = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder sb = new StringBuilder();
                for (int i = 1; i <= cols; i++) {
                    Object o = rs.getObject(i);
                    sb.append(o instanceof Double d ? String.format("%.9g", d) : String.valueOf(o)).append('|');
                }
                out.add(sb.toString());
            }
        }
        java.util.Collections.sort(out);
        return out;
    }
}

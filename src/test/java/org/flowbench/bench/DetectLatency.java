package org.flowbench.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.flowbench.detect.Condition;
import org.flowbench.detect.GroupKey;
import org.flowbench.detect.Presets;
import org.flowbench.detect.Rule;
import org.flowbench.detect.RuleSet;
import org.flowbench.detect.Simulator;
import org.flowbench.detect.Sweep;
import org.flowbench.detect.SweepAxis;
import org.flowbench.detect.Window;
import org.flowbench.store.Rollups;
import org.flowbench.store.Workspace;
import org.flowbench.task.Cancellation;

/**
 * Times detection on the synthetic 10M-row dataset of {@link DetectBenchmark}, kept in a
 * workspace file between runs (making it takes minutes on a loaded machine). Prints wall and
 * process CPU time per run: on the shared 2-core machine the CPU time is the steadier figure.
 * Usage: {@code DetectLatency WORKSPACE host|first|vectors|fastnetmon|akvorado|sweep RUNS}.
 */
public final class DetectLatency {
    private DetectLatency() {}

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        if (!Files.exists(file)) create(file);
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        try (Workspace ws = Workspace.openReadOnly(file)) {
            List<Long> ids = List.of(ws.datasets().list().get(0).id());
            for (int r = 0; r < Integer.parseInt(args[2]); r++) {
                long cpu = os.getProcessCpuTime(), t0 = System.nanoTime();
                AtomicInteger n = new AtomicInteger();
                switch (args[1]) {
                    case "host" -> new Simulator(ws).stream(ids, perHost(), true, a -> n.incrementAndGet());
                    case "vectors" -> n.set(new Simulator(ws).run(ids, RuleSet.of(perHost())).alerts().size());
                    // what the window shows first (docs/decisions/0270): the alerts and the span, vectors after
                    case "first" -> n.set(new Simulator(ws).detect(ids, RuleSet.of(perHost()), Cancellation.none()).alerts().size());
                    case "fastnetmon" -> new Simulator(ws).stream(ids, Presets.load("fastnetmon").rules().get(0), false, a -> n.incrementAndGet());
                    case "akvorado" -> new Simulator(ws).stream(ids, Presets.load("akvorado").rules().get(0), false, a -> n.incrementAndGet());
                    case "sweep" -> n.set(new Sweep(ws).run(ids, RuleSet.of(perHost()), SweepAxis.parse("pps=20:1000:20"), null,
                            List.of(), new Cancellation()).points().size());
                    default -> throw new IllegalArgumentException("unknown case " + args[1]);
                }
                System.out.printf("%s\t%d\twall_ms=%d\tcpu_ms=%d\tresult=%d\tload=%s%n", args[1], r,
                        (System.nanoTime() - t0) / 1_000_000, (os.getProcessCpuTime() - cpu) / 1_000_000, n.get(),
                        Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
            }
        }
    }

    static Rule perHost() throws Exception {
        return new Rule("per-host", "", "", Window.tumbling(Duration.ofSeconds(10)), GroupKey.DESTINATION,
                Condition.parse("pps > 100 OR udp_bps > 1G OR syn_pps > 10k"), Duration.ZERO, Duration.ofSeconds(20));
    }

    static void create(Path file) throws Exception {
        try (Workspace ws = Workspace.open(file)) {
            long id = ws.datasets().create("10M", "synthetic", 0, null, "bench");
            try (Statement st = ws.connection().createStatement()) {
                st.execute(DetectBenchmark.insertSql(id));
            }
            Rollups.build(ws, id); // as every import does
            ws.checkpoint();
        }
    }
}

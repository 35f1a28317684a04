package org.flowbench.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Times {@link ImpactSimulatorBenchmark}'s cases with wall and process CPU time (all threads,
 * DuckDB's included) per run, the steadier figure on the shared 2-core machine. Cases run
 * interleaved, round by round. Usage: {@code ImpactLatency RUNS CASE...} with cases
 * {@code hundred}, {@code hundred-victim}, {@code one-rule}, {@code edit-loop}, {@code first-run}, {@code calibration};
 * the workspace is {@code -Dflowbench.bench.impact} (default target/bench-data/impact.duckdb).
 */
public final class ImpactLatency {
    private ImpactLatency() {}

    public static void main(String[] args) throws Exception {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        ImpactSimulatorBenchmark b = new ImpactSimulatorBenchmark();
        b.setUp();
        try {
            for (int r = 0; r < Integer.parseInt(args[0]); r++) {
                for (int c = 1; c < args.length; c++) {
                    long cpu = os.getProcessCpuTime(), t0 = System.nanoTime();
                    Object result = switch (args[c]) {
                        case "hundred" -> b.hundredRulesOver10MRows();
                        case "hundred-victim" -> b.hundredRulesOver10MRowsWithVictimChart();
                        case "one-rule" -> b.oneRuleOnScenario();
                        case "edit-loop" -> b.editLoopOnDnsScenario();
                        case "first-run" -> b.firstRunOnDnsScenario();
                        case "calibration" -> b.referencePerSecondSeries();
                        default -> throw new IllegalArgumentException("unknown case " + args[c]);
                    };
                    System.out.printf("%s\t%d\twall_ms=%d\tcpu_ms=%d\tload=%s\t%s%n", args[c], r,
                            (System.nanoTime() - t0) / 1_000_000, (os.getProcessCpuTime() - cpu) / 1_000_000,
                            Files.readString(Path.of("/proc/loadavg")).split(" ")[0], result != null);
                }
            }
        } finally {
            b.tearDown();
        }
    }
}

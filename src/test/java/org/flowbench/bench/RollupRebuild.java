package org.flowbench.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.flowbench.store.Rollups;
import org.flowbench.store.Workspace;

/**
 * Copies a workspace to a temporary file (the original is never written), then rebuilds one
 * dataset's rollups in the copy RUNS times and prints the wall and process CPU time (all threads,
 * DuckDB's included) of each {@code Rollups.build}: the rollups' share of an import.
 * Usage: {@code RollupRebuild WORKSPACE [RUNS] [DATASET_ID]} (defaults 3 and 1).
 */
public final class RollupRebuild {
    private RollupRebuild() {}

    public static void main(String[] args) throws Exception {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        long datasetId = args.length > 2 ? Long.parseLong(args[2]) : 1;
        Path copy = Files.createTempFile("rollup-rebuild", ".duckdb");
        Files.copy(Path.of(args[0]), copy, StandardCopyOption.REPLACE_EXISTING);
        try (Workspace ws = Workspace.open(copy)) {
            for (int r = 0; r < runs; r++) {
                long cpu = os.getProcessCpuTime(), t0 = System.nanoTime();
                Rollups.build(ws, datasetId);
                System.out.printf("rollups\tdataset=%d\trun=%d\twall_ms=%d\tcpu_ms=%d\tload=%s%n", datasetId, r,
                        (System.nanoTime() - t0) / 1_000_000, (os.getProcessCpuTime() - cpu) / 1_000_000,
                        Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
            }
        } finally {
            Files.deleteIfExists(copy);
            Files.deleteIfExists(Path.of(copy + ".wal"));
        }
    }
}

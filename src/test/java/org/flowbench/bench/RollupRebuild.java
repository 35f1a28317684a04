package org.flowbench.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import org.flowbench.store.DatasetInfo;
import org.flowbench.store.Rollups;
import org.flowbench.store.Workspace;

/**
 * Rebuilds every dataset's rollups in a workspace (applying new migrations first) and prints
 * the wall and process CPU time of each {@code Rollups.build}: the rollups' share of an import.
 * Usage: {@code RollupRebuild WORKSPACE [RUNS]}.
 */
public final class RollupRebuild {
    private RollupRebuild() {}

    public static void main(String[] args) throws Exception {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        try (Workspace ws = Workspace.open(Path.of(args[0]))) {
            for (DatasetInfo d : ws.datasets().list()) {
                for (int r = 0; r < runs; r++) {
                    long cpu = os.getProcessCpuTime(), t0 = System.nanoTime();
                    Rollups.build(ws, d.id());
                    System.out.printf("rollups\tdataset=%d\trun=%d\twall_ms=%d\tcpu_ms=%d\tload=%s%n", d.id(), r,
                            (System.nanoTime() - t0) / 1_000_000, (os.getProcessCpuTime() - cpu) / 1_000_000,
                            Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
                }
            }
            ws.checkpoint();
        }
    }
}

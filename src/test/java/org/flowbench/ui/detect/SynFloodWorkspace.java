package org.flowbench.ui.detect;

import java.nio.file.Files;
import java.nio.file.Path;
import org.flowbench.task.Cancellation;
import org.flowbench.task.Progress;
import org.flowbench.ui.StoreWorkbenchServices;
import org.junit.jupiter.api.Assumptions;

/** The syn-flood training scenario in a workspace, imported as the window imports it: its labels become incidents. */
final class SynFloodWorkspace {
    static final Path SCENARIO = Path.of("pcap-samples", "syn-flood.pcap");

    private SynFloodWorkspace() {}

    /** Writes {@code dir/ws.duckdb} holding the scenario and returns it, closed; skips the caller without pcap-samples/. */
    static Path writeInto(Path dir) throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(SCENARIO), "pcap-samples/ is not in the working directory");
        Path file = dir.resolve("ws.duckdb");
        try (StoreWorkbenchServices services = StoreWorkbenchServices.open(file)) {
            services.importFile(SCENARIO, Progress.NONE, new Cancellation());
        }
        return file;
    }
}

package org.flowbench.ui.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/** Picks the bundled training sample the workbench opens on when the workspace is empty. */
public final class SampleFinder {
    /** A flood that shows at a glance what the chart is for. */
    public static final String PREFERRED = "ntp-amplification.pcap";

    private SampleFinder() {}

    /** The preferred sample if present, else the first .pcap by name; empty if none. Blocks. */
    public static Optional<Path> find(Path samplesDir) throws IOException {
        if (samplesDir == null || !Files.isDirectory(samplesDir)) return Optional.empty();
        Path preferred = samplesDir.resolve(PREFERRED);
        if (Files.isRegularFile(preferred)) return Optional.of(preferred);
        try (Stream<Path> files = Files.list(samplesDir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".pcap"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .findFirst();
        }
    }
}

package org.flowbench.ingest;

import java.io.IOException;
import java.nio.file.Path;
import org.flowbench.ingest.decode.DamageLog;
import org.flowbench.ingest.pcap.CaptureReader;

/** How an import opens a capture; {@code CaptureReaders::open} in production, a fake in tests. */
@FunctionalInterface
public interface CaptureOpener {
    CaptureReader open(Path file, DamageLog damage) throws IOException;
}

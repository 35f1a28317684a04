package org.flowbench.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** pcapng-test-generator's description of one of its files (corpora/_expected/pcapngtg__*.txt): block counts. */
public final class PcapngBlockCounts {
    private static final Pattern COUNT_LINE = Pattern.compile("^\\s+([A-Z0-9]+): (\\d+)$");

    private PcapngBlockCounts() {}

    /** The description file of a corpus capture, e.g. pcapng/pcapngtg__le_basic_test001.pcapng. */
    public static Path descriptionOf(Path capture) {
        return CorpusManifest.corpora().resolve("_expected")
                .resolve(capture.getFileName().toString().replace(".pcapng", ".txt"));
    }

    /** Block type to count, from the "Block counts:" section; fails when the section is missing. */
    public static Map<String, Long> read(Path description) throws IOException {
        Map<String, Long> counts = new TreeMap<>();
        boolean inCounts = false;
        for (String line : Files.readAllLines(description)) {
            if (line.startsWith("Block counts:")) {
                inCounts = true;
                continue;
            }
            Matcher m = COUNT_LINE.matcher(line);
            if (inCounts && m.matches()) counts.put(m.group(1), Long.parseLong(m.group(2)));
            else if (inCounts && !line.isBlank()) break;
        }
        if (!counts.containsKey("SHB")) throw new IOException("no block counts with an SHB in " + description);
        return counts;
    }

    /** Packet blocks: enhanced, simple and obsolete packet blocks. */
    public static long packets(Map<String, Long> counts) {
        return counts.getOrDefault("EPB", 0L) + counts.getOrDefault("SPB", 0L) + counts.getOrDefault("PB", 0L);
    }
}

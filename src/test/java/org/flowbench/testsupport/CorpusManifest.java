package org.flowbench.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/** ../shared/corpora/MANIFEST.tsv: one row per corpus file, columns named by the header line. */
public final class CorpusManifest {
    private final Map<String, Map<String, String>> rows = new HashMap<>();

    private CorpusManifest() {}

    public static CorpusManifest load() throws IOException {
        List<String> lines = Files.readAllLines(SharedCorpus.root().resolve("corpora/MANIFEST.tsv"));
        String[] header = lines.get(0).split("\t", -1);
        CorpusManifest m = new CorpusManifest();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t", -1);
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.length && i < cells.length; i++) row.put(header[i], cells[i]);
            m.rows.put(row.get("local_path"), row);
        }
        return m;
    }

    /** The value of {@code column} for a file given relative to corpora/ (e.g. "pcapng/x.pcapng"); "" when absent. */
    public String get(String localPath, String column) {
        Map<String, String> row = rows.get(localPath);
        if (row == null) throw new IllegalArgumentException("no MANIFEST.tsv row for " + localPath);
        return row.getOrDefault(column, "");
    }

    /** capinfos' packet count, empty where capinfos could not read the file. */
    public OptionalLong capinfosPackets(String localPath) {
        String v = get(localPath, "capinfos_packets").trim();
        return v.isEmpty() ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(v));
    }

    public static Path corpora() { return SharedCorpus.root().resolve("corpora"); }
}

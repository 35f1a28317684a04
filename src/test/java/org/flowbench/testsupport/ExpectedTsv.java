package org.flowbench.testsupport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A committed table of expected values (src/test/resources/expected/*.tsv): a header line naming
 * the columns, then one row per file keyed by its first column. Columns are read by name, so a
 * table can grow columns without breaking the tests that read the old ones.
 */
public final class ExpectedTsv {
    private final String resource;
    private final List<String> header;
    private final Map<String, Map<String, String>> rows;

    private ExpectedTsv(String resource, List<String> header, Map<String, Map<String, String>> rows) {
        this.resource = resource;
        this.header = header;
        this.rows = rows;
    }

    /** Loads a classpath resource such as "/expected/pcapng.tsv". */
    public static ExpectedTsv load(String resource) throws IOException {
        try (InputStream in = ExpectedTsv.class.getResourceAsStream(resource)) {
            if (in == null) throw new IOException("no test resource " + resource);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> header = List.of(r.readLine().split("\t", -1));
            Map<String, Map<String, String>> rows = new LinkedHashMap<>();
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) continue;
                String[] cells = line.split("\t", -1);
                if (cells.length > header.size()) {
                    throw new IOException(resource + ": row " + cells[0] + " has " + cells.length + " cells, the header "
                            + header.size());
                }
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) row.put(header.get(i), i < cells.length ? cells[i] : "");
                rows.put(cells[0], row);
            }
            return new ExpectedTsv(resource, header, rows);
        }
    }

    public String resource() { return resource; }

    public List<String> header() { return header; }

    /** The first-column keys, in file order. */
    public List<String> keys() { return new ArrayList<>(rows.keySet()); }

    public String text(String key, String column) {
        Map<String, String> row = rows.get(key);
        if (row == null) throw new IllegalArgumentException(resource + " has no row " + key);
        if (!row.containsKey(column)) throw new IllegalArgumentException(resource + " has no column " + column);
        return row.get(column);
    }

    public long number(String key, String column) {
        return Long.parseLong(text(key, column).trim());
    }

    /** Whether the cell is empty (e.g. capinfos could not read the file). */
    public boolean blank(String key, String column) {
        return text(key, column).isBlank();
    }
}

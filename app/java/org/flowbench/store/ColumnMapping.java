package org.flowbench.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.flowbench.schema.FlowField;

/**
 * Which column of a foreign flow table (Parquet or CSV) feeds which {@code flows} column, and
 * how its values convert. Presets cover Akvorado's ClickHouse {@code flows} table and nfdump's
 * {@code -o csv}; a JSON file ({@code {"dst_addr": "DstAddr", "dscp": {"column": "tos",
 * "convert": "tos_to_dscp"}}}) covers the rest.
 */
public record ColumnMapping(String name, Map<FlowField, Source> sources) {
    /** How a source value becomes a {@code flows} value; AUTO decides from the column's type. */
    public enum Conversion { AUTO, TOS_TO_DSCP, SECONDS_TO_MS, ETHERTYPE_TO_IP_VERSION, FLAG_LETTERS, HIGH_BYTE, LOW_BYTE }

    /** A source column (matched case-insensitively) and its conversion. */
    public record Source(String column, Conversion conversion) {
        public static Source of(String column) { return new Source(column, Conversion.AUTO); }
    }

    public ColumnMapping {
        sources = Collections.unmodifiableMap(new LinkedHashMap<>(sources));
    }

    /** Akvorado's ClickHouse {@code flows} columns (v1.x), as `SELECT ... FORMAT Parquet` writes them. */
    public static ColumnMapping akvorado() { return preset("akvorado"); }

    /**
     * nfdump 1.7's {@code -o csv} columns: the flow's end time as {@code ts} (as DESIGN.md stores
     * flow records), and ICMP type and code from the destination port, where nfdump keeps them.
     */
    public static ColumnMapping nfdump() { return preset("nfdump"); }

    // The presets are mapping files like a user's, so both go through one reader.
    private static ColumnMapping preset(String name) {
        String resource = "mappings/" + name + ".json";
        try (InputStream in = ColumnMapping.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("preset mapping " + resource + " is missing from the application");
            return parse(new ObjectMapper().readTree(in), name);
        } catch (IOException e) {
            throw new UncheckedIOException("preset mapping " + resource + " is broken", e);
        }
    }

    /** A preset by name, or a JSON mapping file. */
    public static ColumnMapping named(String nameOrFile) throws IOException {
        return switch (nameOrFile.toLowerCase(Locale.ROOT)) {
            case "akvorado" -> akvorado();
            case "nfdump" -> nfdump();
            default -> read(Path.of(nameOrFile));
        };
    }

    public static ColumnMapping read(Path file) throws IOException {
        return parse(new ObjectMapper().readTree(file.toFile()), file.getFileName().toString());
    }

    private static ColumnMapping parse(JsonNode root, String file) throws IOException {
        if (root == null || !root.isObject()) throw new IOException(file + ": expected a JSON object of column -> source");
        Map<FlowField, Source> m = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            FlowField target = FlowField.byColumn(e.getKey()).orElseThrow(() -> new IOException(file + ": '" + e.getKey()
                    + "' is not a flows column; columns: " + FlowField.all().stream().map(FlowField::column).toList()));
            JsonNode v = e.getValue();
            if (v.isTextual()) {
                m.put(target, Source.of(v.asText()));
            } else if (v.isObject() && v.path("column").isTextual()) {
                String convert = v.path("convert").asText("auto").toUpperCase(Locale.ROOT);
                try {
                    m.put(target, new Source(v.get("column").asText(), Conversion.valueOf(convert)));
                } catch (IllegalArgumentException x) {
                    throw new IOException(file + ": '" + e.getKey() + "': unknown conversion '" + convert.toLowerCase(Locale.ROOT)
                            + "', one of " + java.util.Arrays.toString(Conversion.values()).toLowerCase(Locale.ROOT));
                }
            } else {
                throw new IOException(file + ": '" + e.getKey() + "' must map to a column name or {\"column\": ..., \"convert\": ...}");
            }
        }
        return new ColumnMapping(file, m);
    }
}

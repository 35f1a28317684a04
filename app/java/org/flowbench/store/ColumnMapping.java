package org.flowbench.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
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
    public static ColumnMapping akvorado() {
        Map<FlowField, Source> m = new LinkedHashMap<>();
        m.put(FlowField.TS, Source.of("TimeReceived"));
        m.put(FlowField.EXPORTER, Source.of("ExporterAddress"));
        m.put(FlowField.SRC_ADDR, Source.of("SrcAddr"));
        m.put(FlowField.DST_ADDR, Source.of("DstAddr"));
        m.put(FlowField.SRC_AS, Source.of("SrcAS"));
        m.put(FlowField.DST_AS, Source.of("DstAS"));
        m.put(FlowField.SRC_COUNTRY, Source.of("SrcCountry"));
        m.put(FlowField.DST_COUNTRY, Source.of("DstCountry"));
        m.put(FlowField.IP_VERSION, new Source("EType", Conversion.ETHERTYPE_TO_IP_VERSION));
        m.put(FlowField.PROTO, Source.of("Proto"));
        m.put(FlowField.SRC_PORT, Source.of("SrcPort"));
        m.put(FlowField.DST_PORT, Source.of("DstPort"));
        m.put(FlowField.TCP_FLAGS, Source.of("TCPFlags"));
        m.put(FlowField.DSCP, new Source("IPTos", Conversion.TOS_TO_DSCP));
        m.put(FlowField.ICMP_TYPE, Source.of("ICMPv4Type"));
        m.put(FlowField.ICMP_CODE, Source.of("ICMPv4Code"));
        m.put(FlowField.IN_IF, Source.of("InIfIndex"));
        m.put(FlowField.OUT_IF, Source.of("OutIfIndex"));
        m.put(FlowField.PACKETS, Source.of("Packets"));
        m.put(FlowField.BYTES, Source.of("Bytes"));
        m.put(FlowField.SAMPLING_RATE, Source.of("SamplingRate"));
        return new ColumnMapping("akvorado", m);
    }

    /** nfdump 1.7's {@code -o csv} columns. */
    public static ColumnMapping nfdump() {
        Map<FlowField, Source> m = new LinkedHashMap<>();
        m.put(FlowField.TS, Source.of("te")); // flow end, as DESIGN.md stores flow records
        m.put(FlowField.DURATION_MS, new Source("td", Conversion.SECONDS_TO_MS));
        m.put(FlowField.EXPORTER, Source.of("ra"));
        m.put(FlowField.SRC_ADDR, Source.of("sa"));
        m.put(FlowField.DST_ADDR, Source.of("da"));
        m.put(FlowField.SRC_PORT, Source.of("sp"));
        m.put(FlowField.DST_PORT, Source.of("dp"));
        // nfdump keeps ICMP type and code in the destination port: type * 256 + code
        m.put(FlowField.ICMP_TYPE, new Source("dp", Conversion.HIGH_BYTE));
        m.put(FlowField.ICMP_CODE, new Source("dp", Conversion.LOW_BYTE));
        m.put(FlowField.PROTO, Source.of("pr"));
        m.put(FlowField.TCP_FLAGS, new Source("flg", Conversion.FLAG_LETTERS));
        m.put(FlowField.DSCP, new Source("stos", Conversion.TOS_TO_DSCP));
        m.put(FlowField.PACKETS, Source.of("ipkt"));
        m.put(FlowField.BYTES, Source.of("ibyt"));
        m.put(FlowField.IN_IF, Source.of("in"));
        m.put(FlowField.OUT_IF, Source.of("out"));
        m.put(FlowField.SRC_AS, Source.of("sas"));
        m.put(FlowField.DST_AS, Source.of("das"));
        m.put(FlowField.VLAN, Source.of("svln"));
        return new ColumnMapping("nfdump", m);
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
        JsonNode root = new ObjectMapper().readTree(file.toFile());
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
        return new ColumnMapping(file.getFileName().toString(), m);
    }
}

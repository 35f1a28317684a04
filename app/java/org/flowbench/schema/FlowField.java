package org.flowbench.schema;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The one registry of the {@code flows} table's columns. DDL, the import path, the filter
 * language and the UI pickers all read it, so a column is declared exactly once.
 */
public enum FlowField {
    DATASET_ID("dataset_id", "UINTEGER", FilterType.NONE, "Dataset", "", false),
    TS("ts", "TIMESTAMP", FilterType.TIME, "Time", "", false),
    DURATION_MS("duration_ms", "UINTEGER", FilterType.NUMBER, "Duration", "ms", false),
    EXPORTER("exporter", "UHUGEINT", FilterType.ADDRESS, "Exporter", "", true),
    IN_IF("in_if", "UINTEGER", FilterType.NUMBER, "Input interface", "", true),
    OUT_IF("out_if", "UINTEGER", FilterType.NUMBER, "Output interface", "", true),
    SRC_ADDR("src_addr", "UHUGEINT", FilterType.ADDRESS, "Source address", "", true),
    DST_ADDR("dst_addr", "UHUGEINT", FilterType.ADDRESS, "Destination address", "", true),
    IP_VERSION("ip_version", "UTINYINT", FilterType.NUMBER, "IP version", "", true),
    PROTO("proto", "UTINYINT", FilterType.PROTOCOL, "Protocol", "", true),
    SRC_PORT("src_port", "USMALLINT", FilterType.PORT, "Source port", "", true),
    DST_PORT("dst_port", "USMALLINT", FilterType.PORT, "Destination port", "", true),
    ICMP_TYPE("icmp_type", "UTINYINT", FilterType.NUMBER, "ICMP type", "", true),
    ICMP_CODE("icmp_code", "UTINYINT", FilterType.NUMBER, "ICMP code", "", true),
    TCP_FLAGS("tcp_flags", "UTINYINT", FilterType.TCP_FLAGS, "TCP flags", "", true),
    PKT_LEN("pkt_len", "USMALLINT", FilterType.SIZE, "Packet length", "B", true),
    DSCP("dscp", "UTINYINT", FilterType.NUMBER, "DSCP", "", true),
    FRAG("frag", "UTINYINT", FilterType.FRAGMENT, "Fragment bits", "", true),
    VLAN("vlan", "USMALLINT", FilterType.NUMBER, "VLAN", "", true),
    SRC_AS("src_as", "UINTEGER", FilterType.AS_NUMBER, "Source AS", "", true),
    DST_AS("dst_as", "UINTEGER", FilterType.AS_NUMBER, "Destination AS", "", true),
    SRC_COUNTRY("src_country", "VARCHAR", FilterType.STRING, "Source country", "", true),
    DST_COUNTRY("dst_country", "VARCHAR", FilterType.STRING, "Destination country", "", true),
    PACKETS("packets", "UBIGINT", FilterType.NUMBER, "Packets", "pkt", false),
    BYTES("bytes", "UBIGINT", FilterType.SIZE, "Bytes", "B", false),
    SAMPLING_RATE("sampling_rate", "UINTEGER", FilterType.NUMBER, "Sampling rate", "", false),
    FLOWS("flows", "UINTEGER", FilterType.NUMBER, "Flows", "", false);

    /** How the filter language types a column's values. */
    public enum FilterType { NONE, TIME, NUMBER, ADDRESS, PROTOCOL, PORT, TCP_FLAGS, SIZE, FRAGMENT, AS_NUMBER, STRING }

    private final String column;
    private final String duckDbType;
    private final FilterType filterType;
    private final String displayName;
    private final String unit;
    private final boolean dimension;

    FlowField(String column, String duckDbType, FilterType filterType, String displayName, String unit,
              boolean dimension) {
        this.column = column;
        this.duckDbType = duckDbType;
        this.filterType = filterType;
        this.displayName = displayName;
        this.unit = unit;
        this.dimension = dimension;
    }

    public String column() { return column; }
    public String duckDbType() { return duckDbType; }
    public FilterType filterType() { return filterType; }
    public String displayName() { return displayName; }
    public String unit() { return unit; }
    /** Whether charts and top-N tables may split traffic by this column. */
    public boolean isDimension() { return dimension; }

    public static List<FlowField> all() { return List.of(values()); }

    public static List<FlowField> dimensions() {
        return Arrays.stream(values()).filter(FlowField::isDimension).toList();
    }

    /** Looks a column up by its SQL name, case-insensitively (the filter language's rule). */
    public static Optional<FlowField> byColumn(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.column.equals(wanted)).findFirst();
    }
}

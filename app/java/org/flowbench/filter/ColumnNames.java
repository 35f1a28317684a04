package org.flowbench.filter;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.flowbench.schema.FlowField;
import org.flowbench.schema.FlowField.FilterType;

/**
 * Maps the names a user may type to registry columns. A name is normalised by lowercasing it and
 * dropping underscores, so {@code dst_addr}, {@code DstAddr} and {@code DSTADDR} are one column;
 * a few Akvorado names that differ from ours are aliases.
 */
public final class ColumnNames {
    private ColumnNames() {}

    /** Akvorado (or common) names whose normalised form differs from the registry's. */
    private static final Map<String, FlowField> ALIASES = Map.ofEntries(
            Map.entry("timereceived", FlowField.TS),
            Map.entry("time", FlowField.TS),
            Map.entry("exporteraddress", FlowField.EXPORTER),
            Map.entry("inifindex", FlowField.IN_IF),
            Map.entry("outifindex", FlowField.OUT_IF),
            Map.entry("etype", FlowField.IP_VERSION),
            Map.entry("protocol", FlowField.PROTO),
            Map.entry("packetsize", FlowField.PKT_LEN),
            Map.entry("packetlength", FlowField.PKT_LEN),
            Map.entry("fragment", FlowField.FRAG),
            Map.entry("fragments", FlowField.FRAG));

    private static final Map<String, FlowField> BY_NAME = byName();

    private static Map<String, FlowField> byName() {
        Map<String, FlowField> m = new LinkedHashMap<>();
        for (FlowField f : filterable()) m.put(normalise(f.column()), f);
        ALIASES.forEach(m::putIfAbsent);
        return Map.copyOf(m);
    }

    static String normalise(String name) {
        return name.toLowerCase(Locale.ROOT).replace("_", "");
    }

    /** The columns a filter may name (the registry's, less those typed NONE), in registry order. */
    public static List<FlowField> filterable() {
        return Arrays.stream(FlowField.values()).filter(f -> f.filterType() != FilterType.NONE).toList();
    }

    /** The column a typed name designates, if any. */
    public static Optional<FlowField> lookup(String typed) {
        return Optional.ofNullable(BY_NAME.get(normalise(typed)));
    }

    /** Whether {@code prefix} starts the name of {@code f} or one of its aliases (normalised). */
    static boolean startsName(FlowField f, String prefix) {
        String p = normalise(prefix);
        if (normalise(f.column()).startsWith(p)) return true;
        return ALIASES.entrySet().stream().anyMatch(e -> e.getValue() == f && e.getKey().startsWith(p));
    }

    /** A column that cannot be filtered on although the registry has it (typed NONE). */
    static boolean isUnfilterableColumn(String typed) {
        String wanted = normalise(typed);
        return Arrays.stream(FlowField.values())
                .anyMatch(f -> f.filterType() == FilterType.NONE && normalise(f.column()).equals(wanted));
    }
}

package org.flowbench.query;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.flowbench.schema.Addresses;
import org.flowbench.schema.FlowField;
import org.flowbench.schema.Protocols;

/** Dimension values as people read them, and as SQL gets them back (bound text, cast to the column's type). */
final class DimensionValues {
    private DimensionValues() {}

    static final String NONE = "(none)";
    private static final String[] TCP_FLAG_NAMES = {"FIN", "SYN", "RST", "PSH", "ACK", "URG", "ECE", "CWR"};

    /** Text for one value as JDBC returned it: addresses as text, protocol and TCP flag names. */
    static String format(FlowField field, Object value) {
        if (value == null) return NONE;
        return switch (field.filterType()) {
            case ADDRESS -> Addresses.format(value instanceof BigInteger b ? b : new BigInteger(value.toString()));
            case PROTOCOL -> Protocols.name(((Number) value).intValue());
            case TCP_FLAGS -> tcpFlags(((Number) value).intValue());
            default -> value.toString();
        };
    }

    static List<String> format(List<FlowField> fields, List<Object> values) {
        List<String> out = new ArrayList<>(fields.size());
        for (int i = 0; i < fields.size(); i++) out.add(format(fields.get(i), values.get(i)));
        return out;
    }

    /** "SYN|ACK"; "0" when no flag is set (pure ACK-less, flagless segments, or no TCP header). */
    static String tcpFlags(int flags) {
        if (flags == 0) return "0";
        StringBuilder sb = new StringBuilder();
        for (int bit = 0; bit < TCP_FLAG_NAMES.length; bit++) {
            if ((flags & (1 << bit)) == 0) continue;
            if (sb.length() > 0) sb.append('|');
            sb.append(TCP_FLAG_NAMES[bit]);
        }
        return sb.toString();
    }

    static String label(List<String> keys) {
        return String.join(" / ", keys);
    }

    /**
     * The value to bind for a key read from a result set: its text (null stays null), cast back
     * in SQL with {@link #castPlaceholder}. Text round-trips UHUGEINT above 2^127, which a
     * BigInteger parameter (bound as a signed HUGEINT) would not.
     */
    static Object bindable(Object value) {
        return value == null ? null : value.toString();
    }

    static String castPlaceholder(FlowField field) {
        return "CAST(? AS " + field.duckDbType() + ")";
    }
}

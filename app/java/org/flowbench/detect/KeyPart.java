package org.flowbench.detect;

import java.math.BigInteger;
import java.util.List;
import org.flowbench.schema.Addresses;
import org.flowbench.schema.FlowField;
import org.flowbench.schema.Protocols;

/**
 * One part of a grouping key: a dimension of the schema registry, or an address column cut to
 * a prefix ({@code dst_addr/24} groups IPv4 destinations by /24 and IPv6 ones by /64;
 * {@code dst_addr/24/56} sets the IPv6 length too). Written in rule files as that text.
 */
public record KeyPart(FlowField field, int v4Prefix, int v6Prefix) {
    public static final int DEFAULT_V6_PREFIX = 64;

    public KeyPart {
        if (!field.isDimension()) throw new IllegalArgumentException("'" + field.column() + "' is not a dimension to group by");
        boolean prefix = v4Prefix >= 0 || v6Prefix >= 0;
        if (prefix && field.filterType() != FlowField.FilterType.ADDRESS) {
            throw new IllegalArgumentException("only address columns take a prefix length, not '" + field.column() + "'");
        }
        if (prefix && (v4Prefix < 1 || v4Prefix > 32)) throw new IllegalArgumentException("IPv4 prefix length " + v4Prefix + " is outside 1..32");
        if (prefix && (v6Prefix < 1 || v6Prefix > 128)) throw new IllegalArgumentException("IPv6 prefix length " + v6Prefix + " is outside 1..128");
    }

    public static KeyPart column(FlowField field) { return new KeyPart(field, -1, -1); }

    public static KeyPart prefix(FlowField field, int v4, int v6) { return new KeyPart(field, v4, v6); }

    /** Reads {@code column}, {@code column/v4} or {@code column/v4/v6}. */
    public static KeyPart parse(String text) {
        String[] parts = text.trim().split("/", -1);
        FlowField f = FlowField.byColumn(parts[0].trim()).orElseThrow(() -> new IllegalArgumentException(
                "unknown column '" + parts[0].trim() + "' in key '" + text + "'"));
        if (parts.length == 1) return column(f);
        if (parts.length > 3) throw new IllegalArgumentException("key '" + text + "': expected column/v4-length[/v6-length]");
        try {
            int v4 = Integer.parseInt(parts[1].trim());
            int v6 = parts.length == 3 ? Integer.parseInt(parts[2].trim()) : DEFAULT_V6_PREFIX;
            return prefix(f, v4, v6);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("key '" + text + "': prefix lengths must be numbers");
        }
    }

    public boolean isPrefix() { return v4Prefix >= 0; }

    /** SQL over {@code flows} giving this part's value; prefix shifts travel as parameters. */
    String sql(List<Object> params) {
        String c = field.column();
        if (!isPrefix()) return c;
        params.add(32 - v4Prefix);
        params.add(32 - v4Prefix);
        params.add(128 - v6Prefix);
        params.add(128 - v6Prefix);
        return "CASE WHEN ip_version = 4 THEN (" + c + " >> ?::UHUGEINT) << ?::UHUGEINT"
                + " ELSE (" + c + " >> ?::UHUGEINT) << ?::UHUGEINT END";
    }

    /** How a value of this part reads: an address (with its prefix length), a protocol name, a number. */
    public String display(Object value) {
        if (value == null) return "-";
        if (field.filterType() == FlowField.FilterType.ADDRESS && value instanceof BigInteger b) {
            String a = Addresses.format(b);
            if (!isPrefix()) return a;
            return a + "/" + (a.contains(":") ? v6Prefix : v4Prefix);
        }
        if (field.filterType() == FlowField.FilterType.PROTOCOL && value instanceof Number n) return Protocols.name(n.intValue());
        return value.toString();
    }

    @Override
    public String toString() {
        if (!isPrefix()) return field.column();
        return field.column() + "/" + v4Prefix + (v6Prefix == DEFAULT_V6_PREFIX ? "" : "/" + v6Prefix);
    }
}

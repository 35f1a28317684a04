package org.flowbench.store;

import java.util.Locale;
import org.flowbench.schema.FlowField;
import org.flowbench.schema.Protocols;
import org.flowbench.store.ColumnMapping.Conversion;

/**
 * The SQL expression that turns one foreign column into one {@code flows} column. Column names
 * come from the file's own header (checked against it, then quoted), never from free text, and
 * every conversion is TRY_CAST-based so a bad value becomes NULL (and the row is rejected or
 * defaulted) instead of failing the whole import.
 */
final class SourceExpressions {
    private SourceExpressions() {}

    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /** @param type the source column's DuckDB type name as the reader reports it */
    static String convert(FlowField target, String column, String type, Conversion conversion) {
        String c = quote(column);
        String t = type.toUpperCase(Locale.ROOT);
        boolean text = t.equals("VARCHAR");
        String sqlType = target.duckDbType();
        return switch (conversion) {
            case TOS_TO_DSCP -> "(try_cast(" + c + " AS UTINYINT) >> 2)";
            case SECONDS_TO_MS -> "try_cast(round(try_cast(" + c + " AS DOUBLE) * 1000) AS UINTEGER)";
            case ETHERTYPE_TO_IP_VERSION -> "CASE try_cast(" + c + " AS UINTEGER) WHEN 2048 THEN 4 WHEN 34525 THEN 6 END";
            case FLAG_LETTERS -> flagLetters(c);
            case HIGH_BYTE -> "(try_cast(" + c + " AS USMALLINT) >> 8)::UTINYINT";
            case LOW_BYTE -> "(try_cast(" + c + " AS USMALLINT) & 255)::UTINYINT";
            case AUTO -> switch (target.filterType()) {
                case ADDRESS -> address(c, t);
                case TIME -> time(c, t);
                case PROTOCOL -> text ? protocol(c) : "try_cast(" + c + " AS UTINYINT)";
                case TCP_FLAGS -> text ? "coalesce(try_cast(" + c + " AS UTINYINT), " + flagLetters(c) + ")"
                        : "try_cast(" + c + " AS UTINYINT)";
                case STRING -> "nullif(trim(" + c + "::VARCHAR), '')";
                default -> "try_cast(" + c + " AS " + sqlType + ")";
            };
        };
    }

    private static String address(String c, String type) {
        if (type.equals("VARCHAR")) return "addr_parse(" + c + ")";
        if (type.equals("BLOB")) return "addr_bytes(" + c + ")";
        if (type.equals("HUGEINT") || type.equals("UHUGEINT")) return "try_cast(" + c + " AS UHUGEINT)";
        // a 32-bit integer column can only hold IPv4
        return "((65535::UHUGEINT << 32) | try_cast(" + c + " AS UINTEGER)::UHUGEINT)";
    }

    private static String time(String c, String type) {
        if (type.startsWith("TIMESTAMP WITH TIME ZONE")) return "timezone('UTC', " + c + ")";
        if (type.startsWith("TIMESTAMP") || type.equals("DATE")) return c + "::TIMESTAMP";
        if (type.equals("VARCHAR")) return "try_cast(" + c + " AS TIMESTAMP)";
        // epoch numbers: seconds, or milliseconds when too large to be seconds of this millennium
        return "CASE WHEN try_cast(" + c + " AS DOUBLE) > 1e11 THEN to_timestamp(try_cast(" + c + " AS DOUBLE) / 1000)"
                + " ELSE to_timestamp(try_cast(" + c + " AS DOUBLE)) END::TIMESTAMP";
    }

    /** nfdump writes protocols by name (TCP, UDP, ICMP6, ...) and unknown ones as numbers. */
    private static String protocol(String c) {
        StringBuilder sql = new StringBuilder("CASE upper(trim(" + c + "))");
        for (int p = 0; p < 256; p++) {
            String name = Protocols.name(p);
            if (!name.equals(Integer.toString(p))) sql.append(" WHEN '").append(name.toUpperCase(Locale.ROOT)).append("' THEN ").append(p);
        }
        sql.append(" WHEN 'ICMP6' THEN 58 WHEN 'IPV6-ICMP' THEN 58 ELSE try_cast(").append(c).append(" AS UTINYINT) END");
        return sql.toString();
    }

    /** nfdump's eight flag letters, CWR ECE URG ACK PSH RST SYN FIN, with '.' for a clear bit. */
    private static String flagLetters(String c) {
        StringBuilder sql = new StringBuilder("CASE WHEN length(" + c + ") = 8 THEN (");
        for (int i = 0; i < 8; i++) {
            if (i > 0) sql.append(" + ");
            sql.append("CASE WHEN substr(").append(c).append(", ").append(i + 1).append(", 1) <> '.' THEN ")
                    .append(1 << (7 - i)).append(" ELSE 0 END");
        }
        return sql.append(")::UTINYINT END").toString();
    }
}

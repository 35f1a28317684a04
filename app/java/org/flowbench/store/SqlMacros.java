package org.flowbench.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Session macros every connection gets, so exports and ad-hoc SQL show addresses the way
 * engineers read them. Temporary, so they never become part of a workspace's schema.
 */
final class SqlMacros {
    private SqlMacros() {}

    private static final String GROUP = "printf('%x', ((a >> %d) & 65535)::UBIGINT)";

    /**
     * Address text (IPv4, IPv6 with "::" and with an embedded dotted quad) or raw bytes (4 or 16,
     * as ClickHouse writes IPv6 to Parquet) to the stored UHUGEINT; NULL when it is not an address.
     * Table imports use them so a file of millions of rows converts inside DuckDB.
     */
    private static final String V4 = "([0-9]{1,3})\\.([0-9]{1,3})\\.([0-9]{1,3})\\.([0-9]{1,3})$";

    private static final String[] PARSE = {
        "CREATE OR REPLACE TEMP MACRO fb_v4_bits(t) AS CASE WHEN regexp_matches(t, '" + V4 + "') THEN"
            + " (try_cast(regexp_extract(t, '" + V4 + "', 1) AS UTINYINT)::UHUGEINT << 24)"
            + " | (try_cast(regexp_extract(t, '" + V4 + "', 2) AS UTINYINT)::UHUGEINT << 16)"
            + " | (try_cast(regexp_extract(t, '" + V4 + "', 3) AS UTINYINT)::UHUGEINT << 8)"
            + " | try_cast(regexp_extract(t, '" + V4 + "', 4) AS UTINYINT)::UHUGEINT END",
        "CREATE OR REPLACE TEMP MACRO fb_v6_part(t, i) AS"
            + " list_filter(string_split(split_part(t, '::', i), ':'), lambda g: g <> '')",
        "CREATE OR REPLACE TEMP MACRO fb_v6_groups(t) AS CASE WHEN contains(t, '::') THEN"
            + " list_concat(fb_v6_part(t, 1), list_resize([]::VARCHAR[], greatest(0, 8 - len(fb_v6_part(t, 1))"
            + " - len(fb_v6_part(t, 2))), '0'), fb_v6_part(t, 2)) ELSE string_split(t, ':') END",
        "CREATE OR REPLACE TEMP MACRO fb_v6_value(g) AS CASE WHEN len(g) = 8 THEN list_reduce(list_transform(g,"
            + " lambda x: try_cast('0x' || x AS USMALLINT)::UHUGEINT), lambda a, b: (a << 16) | b) END",
        "CREATE OR REPLACE TEMP MACRO addr_parse(t) AS CASE WHEN t IS NULL OR trim(t) = '' THEN NULL"
            + " WHEN NOT contains(t, ':') THEN (65535::UHUGEINT << 32) | fb_v4_bits(trim(t))"
            // an embedded dotted quad (::ffff:192.0.2.1) fills the last two groups
            + " WHEN contains(t, '.') THEN fb_v6_value(fb_v6_groups(regexp_replace(trim(t), '[0-9.]+$', '0:0')))"
            + " | fb_v4_bits(trim(t))"
            + " ELSE fb_v6_value(fb_v6_groups(lower(trim(t)))) END",
        "CREATE OR REPLACE TEMP MACRO addr_bytes(b) AS CASE octet_length(b)"
            + " WHEN 16 THEN ('0x' || hex(b))::UHUGEINT"
            + " WHEN 4 THEN (65535::UHUGEINT << 32) | ('0x' || hex(b))::UHUGEINT END",
    };

    static void install(Connection c) throws SQLException {
        StringBuilder v6 = new StringBuilder("concat_ws(':'");
        for (int shift = 112; shift >= 0; shift -= 16) v6.append(", ").append(GROUP.replace("%d", Integer.toString(shift)));
        v6.append(')');
        try (Statement s = c.createStatement()) {
            // IPv4 is stored IPv4-mapped (::ffff:a.b.c.d); IPv6 is written as eight groups, uncompressed
            s.execute("CREATE OR REPLACE TEMP MACRO addr_text(a) AS CASE WHEN a IS NULL THEN NULL"
                    + " WHEN a >> 32 = 65535 THEN concat_ws('.', ((a >> 24) & 255)::UBIGINT, ((a >> 16) & 255)::UBIGINT,"
                    + " ((a >> 8) & 255)::UBIGINT, (a & 255)::UBIGINT) ELSE " + v6 + " END");
            for (String macro : PARSE) s.execute(macro);
        }
    }
}

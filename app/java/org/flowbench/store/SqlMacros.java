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

    static void install(Connection c) throws SQLException {
        StringBuilder v6 = new StringBuilder("concat_ws(':'");
        for (int shift = 112; shift >= 0; shift -= 16) v6.append(", ").append(GROUP.replace("%d", Integer.toString(shift)));
        v6.append(')');
        try (Statement s = c.createStatement()) {
            // IPv4 is stored IPv4-mapped (::ffff:a.b.c.d); IPv6 is written as eight groups, uncompressed
            s.execute("CREATE OR REPLACE TEMP MACRO addr_text(a) AS CASE WHEN a IS NULL THEN NULL"
                    + " WHEN a >> 32 = 65535 THEN concat_ws('.', ((a >> 24) & 255)::UBIGINT, ((a >> 16) & 255)::UBIGINT,"
                    + " ((a >> 8) & 255)::UBIGINT, (a & 255)::UBIGINT) ELSE " + v6 + " END");
        }
    }
}

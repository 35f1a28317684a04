package org.flowbench.flowspec.impact;

import java.math.BigInteger;
import org.flowbench.filter.SqlFragment;
import org.flowbench.flowspec.AddressFamily;
import org.flowbench.flowspec.IpPrefix;

/**
 * Prefix tests over the {@code flows} address columns (UHUGEINT, IPv4 stored as ::ffff:a.b.c.d).
 * Bounds travel as decimal text cast in SQL: JDBC's BigInteger binding stops at 2^127.
 */
final class PrefixSql {
    private PrefixSql() {}

    /** The prefix as one BETWEEN over its range. */
    static SqlFragment within(String column, IpPrefix prefix) {
        checkColumn(column);
        return SqlFragment.of(column + " BETWEEN CAST(? AS UHUGEINT) AND CAST(? AS UHUGEINT)",
                prefix.flowsLow().toString(), prefix.flowsHigh().toString());
    }

    /**
     * RFC 8956 section 3.1: only bits {@code offset .. length-1} of the IPv6 address are compared,
     * so the address is masked to those bits and compared with the pattern masked the same way.
     */
    static SqlFragment withOffset(String column, IpPrefix prefix, int offset) {
        checkColumn(column);
        if (prefix.family() != AddressFamily.IPV6) throw new IllegalArgumentException("an offset exists only for IPv6 prefixes");
        if (offset <= 0) return within(column, prefix);
        int length = prefix.length();
        if (length <= offset) return SqlFragment.TRUE;   // no pattern bits: matches every IPv6 address
        BigInteger mask = BigInteger.ONE.shiftLeft(length - offset).subtract(BigInteger.ONE).shiftLeft(128 - length);
        BigInteger pattern = prefix.flowsLow().and(mask);
        return SqlFragment.of("(" + column + " & CAST(? AS UHUGEINT)) = CAST(? AS UHUGEINT)", mask.toString(), pattern.toString());
    }

    private static void checkColumn(String column) {
        if (!column.equals("src_addr") && !column.equals("dst_addr")) {
            throw new IllegalArgumentException("not an address column: " + column);
        }
    }
}

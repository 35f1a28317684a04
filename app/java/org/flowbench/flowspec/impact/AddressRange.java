package org.flowbench.flowspec.impact;

import java.math.BigInteger;
import org.flowbench.filter.SqlFragment;
import org.flowbench.schema.Addresses;

/**
 * A prefix as the inclusive range of {@code flows} address values it covers: IPv4 inside
 * ::ffff:0:0/96, as the table stores it, so one BETWEEN serves both families.
 *
 * @param version 4 or 6
 * @param length  prefix length in the family's own bits (0..32 or 0..128)
 */
public record AddressRange(BigInteger low, BigInteger high, int version, int length) {
    private static final BigInteger ALL_128 = BigInteger.ONE.shiftLeft(128).subtract(BigInteger.ONE);

    /** Parses {@code a.b.c.d}, {@code a.b.c.d/len}, an IPv6 literal or {@code v6/len}; host bits are cleared. */
    public static AddressRange parse(String text) {
        String s = text.strip();
        int slash = s.indexOf('/');
        String address = slash < 0 ? s : s.substring(0, slash);
        boolean v6 = address.indexOf(':') >= 0;
        int max = v6 ? 128 : 32;
        int len = max;
        if (slash >= 0) {
            String l = s.substring(slash + 1);
            if (l.isEmpty() || l.length() > 3 || !l.chars().allMatch(Character::isDigit)) {
                throw new IllegalArgumentException("not a prefix: '" + text + "' (the length after '/' must be a number)");
            }
            len = Integer.parseInt(l);
            if (len > max) throw new IllegalArgumentException("not a prefix: '" + text + "' (length above " + max + ")");
        }
        long[] hl = Addresses.parse(address);
        return of(Addresses.toBigInteger(hl[0], hl[1]), v6 ? 6 : 4, len);
    }

    /** The range of a prefix given by its 128-bit stored value (IPv4-mapped for version 4). */
    public static AddressRange of(BigInteger stored, int version, int length) {
        int hostBits = (version == 4 ? 32 : 128) - length;
        BigInteger hostMask = BigInteger.ONE.shiftLeft(hostBits).subtract(BigInteger.ONE);
        BigInteger low = stored.andNot(hostMask).and(ALL_128);
        return new AddressRange(low, low.or(hostMask), version, length);
    }

    /** {@code column BETWEEN low AND high}; the bounds travel as decimal text (JDBC's BigInteger stops at 2^127). */
    public SqlFragment condition(String column) {
        if (!column.equals("src_addr") && !column.equals("dst_addr")) {
            throw new IllegalArgumentException("not an address column: " + column);
        }
        return SqlFragment.of(column + " BETWEEN CAST(? AS UHUGEINT) AND CAST(? AS UHUGEINT)",
                low.toString(), high.toString());
    }

    @Override
    public String toString() {
        return Addresses.format(low) + "/" + length;
    }
}

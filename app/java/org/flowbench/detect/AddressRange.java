package org.flowbench.detect;

import java.math.BigInteger;
import org.flowbench.schema.Addresses;

/** An inclusive range of 128-bit addresses (IPv4 in its IPv4-mapped form), for matching alert keys to victims. */
public record AddressRange(BigInteger first, BigInteger last) {
    private static final BigInteger V4_MAPPED_FIRST = BigInteger.valueOf(0xFFFF_0000_0000L);
    private static final BigInteger V4_MAPPED_LAST = BigInteger.valueOf(0xFFFF_FFFF_FFFFL);

    public static AddressRange single(BigInteger a) { return new AddressRange(a, a); }

    /** The prefix of {@code length} bits (0..128, on the 128-bit form) that holds {@code a}. */
    public static AddressRange prefixOf(BigInteger a, int length) {
        BigInteger hostMask = BigInteger.ONE.shiftLeft(128 - length).subtract(BigInteger.ONE);
        BigInteger first = a.andNot(hostMask);
        return new AddressRange(first, first.or(hostMask));
    }

    static boolean isV4Mapped(BigInteger a) {
        return a.compareTo(V4_MAPPED_FIRST) >= 0 && a.compareTo(V4_MAPPED_LAST) <= 0;
    }

    /**
     * Parses an address or prefix as labels write victims ({@code 203.0.113.10}, {@code 192.0.2.0/24},
     * {@code 2001:db8::/48}).
     */
    public static AddressRange parse(String text) {
        String t = text.strip();
        int slash = t.indexOf('/');
        long[] hl = Addresses.parse(slash < 0 ? t : t.substring(0, slash));
        BigInteger a = Addresses.toBigInteger(hl[0], hl[1]);
        if (slash < 0) return single(a);
        int len;
        try {
            len = Integer.parseInt(t.substring(slash + 1).strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "': prefix length is not a number");
        }
        boolean v4 = t.indexOf(':') < 0;
        if (len < 0 || len > (v4 ? 32 : 128)) throw new IllegalArgumentException("'" + text + "': prefix length out of range");
        return prefixOf(a, v4 ? 96 + len : len);
    }

    public boolean overlaps(AddressRange o) {
        return first.compareTo(o.last) <= 0 && o.first.compareTo(last) <= 0;
    }
}

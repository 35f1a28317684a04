package org.flowbench.flowspec;

import java.math.BigInteger;
import org.flowbench.schema.Addresses;

/**
 * An IPv4 or IPv6 prefix, host bits cleared. IPv4 keeps its 32 bits in the low word ({@code hi} is 0);
 * {@link #flowsLow()}/{@link #flowsHigh()} give the range in the {@code flows} table's IPv4-mapped form.
 */
public record IpPrefix(AddressFamily family, long hi, long lo, int length) {
    public IpPrefix {
        if (family == null) throw new IllegalArgumentException("family is required");
        if (length < 0 || length > family.bits()) {
            throw new IllegalArgumentException("prefix length " + length + " is outside 0.." + family.bits());
        }
        if (family == AddressFamily.IPV4 && (hi != 0 || (lo >>> 32) != 0)) {
            throw new IllegalArgumentException("an IPv4 prefix holds 32 bits");
        }
        long[] masked = mask(family, hi, lo, length);
        hi = masked[0];
        lo = masked[1];
    }

    /**
     * Parses {@code a.b.c.d/len} or {@code x::y/len}; without {@code /len} the prefix is a host route.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public static IpPrefix parse(String text) {
        String s = text.strip();
        int slash = s.indexOf('/');
        String address = slash < 0 ? s : s.substring(0, slash);
        boolean v6 = address.indexOf(':') >= 0;
        AddressFamily family = v6 ? AddressFamily.IPV6 : AddressFamily.IPV4;
        int length = family.bits();
        if (slash >= 0) {
            String len = s.substring(slash + 1);
            if (len.isEmpty() || len.length() > 3 || !len.chars().allMatch(Character::isDigit)) {
                throw new IllegalArgumentException("not a prefix length: '" + len + "' in '" + text + "'");
            }
            length = Integer.parseInt(len);
        }
        long[] words = Addresses.parse(address);
        if (v6) return new IpPrefix(family, words[0], words[1], length);
        return new IpPrefix(family, 0, words[1] & 0xFFFF_FFFFL, length);
    }

    /** The address bytes, 4 or 16, network order. */
    public byte[] addressBytes() {
        int n = family.bits() / 8;
        byte[] out = new byte[n];
        for (int i = 0; i < n; i++) out[i] = (byte) bit8(i * 8);
        return out;
    }

    /** The 8 bits starting at bit {@code from} (0 = most significant), zero past the end. */
    int bit8(int from) {
        int v = 0;
        for (int i = 0; i < 8; i++) v = (v << 1) | bit(from + i);
        return v;
    }

    /** Bit {@code index} of the address, 0 = most significant; 0 beyond the family's width. */
    public int bit(int index) {
        if (index < 0 || index >= family.bits()) return 0;
        if (family == AddressFamily.IPV4) return (int) ((lo >>> (31 - index)) & 1);
        return index < 64 ? (int) ((hi >>> (63 - index)) & 1) : (int) ((lo >>> (127 - index)) & 1);
    }

    public String address() {
        if (family == AddressFamily.IPV4) return Addresses.format(Addresses.v4Hi(), Addresses.v4Lo((int) lo));
        if (hi == 0 && (lo >>> 32) == 0xFFFFL) return "::ffff:" + Addresses.format(0, lo); // never shown as a dotted quad
        return Addresses.format(hi, lo);
    }

    /** Lowest address of the prefix in the {@code flows} table's 128-bit form. */
    public BigInteger flowsLow() {
        if (family == AddressFamily.IPV4) return Addresses.toBigInteger(Addresses.v4Hi(), Addresses.v4Lo((int) lo));
        return Addresses.toBigInteger(hi, lo);
    }

    /** Highest address of the prefix in the {@code flows} table's 128-bit form. */
    public BigInteger flowsHigh() {
        int hostBits = family.bits() - length;
        return flowsLow().add(BigInteger.ONE.shiftLeft(hostBits)).subtract(BigInteger.ONE);
    }

    /** True when this prefix contains the other (or equals it). */
    public boolean contains(IpPrefix other) {
        if (other.family != family || other.length < length) return false;
        for (int i = 0; i < length; i++) if (bit(i) != other.bit(i)) return false;
        return true;
    }

    @Override
    public String toString() { return address() + "/" + length; }

    private static long[] mask(AddressFamily family, long hi, long lo, int length) {
        if (family == AddressFamily.IPV4) {
            long m = length == 0 ? 0 : (0xFFFF_FFFFL << (32 - length)) & 0xFFFF_FFFFL;
            return new long[] {0, lo & m};
        }
        long mHi = length >= 64 ? -1L : length == 0 ? 0 : -1L << (64 - length);
        long mLo = length <= 64 ? 0 : length == 128 ? -1L : -1L << (128 - length);
        return new long[] {hi & mHi, lo & mLo};
    }
}

package org.flowbench.filter;

import java.math.BigInteger;
import org.flowbench.schema.Addresses;

/** Reads an IPv4 or IPv6 prefix into the range of stored addresses it covers. */
final class Prefixes {
    private Prefixes() {}

    private static final BigInteger ALL_ONES = BigInteger.ONE.shiftLeft(128).subtract(BigInteger.ONE);

    /** {@code a.b.c.d/n} (n 0-32), {@code v6/n} (n 0-128); a bare address is a host prefix. */
    static FilterValue.Prefix parse(String s) throws ValueParser.BadValue {
        int slash = s.lastIndexOf('/');
        String addressText = slash < 0 ? s : s.substring(0, slash);
        boolean v6 = addressText.indexOf(':') >= 0;
        int width = v6 ? 128 : 32;
        int length = width;
        if (slash >= 0) {
            String len = s.substring(slash + 1);
            if (len.isEmpty() || len.length() > 3 || !len.chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw new ValueParser.BadValue("'" + s + "' is not a prefix: the length after / is a number 0-" + width);
            }
            length = Integer.parseInt(len);
            if (length > width) throw new ValueParser.BadValue("'" + s + "' is not a prefix: the length is at most " + width);
        }
        BigInteger address;
        try {
            long[] hl = Addresses.parse(addressText);
            address = Addresses.toBigInteger(hl[0], hl[1]);
        } catch (RuntimeException e) {
            throw new ValueParser.BadValue("'" + s + "' is not a prefix: '" + addressText + "' is not an IPv"
                    + (v6 ? "6" : "4") + " address");
        }
        int storedLength = v6 ? length : 96 + length;
        BigInteger hostMask = ALL_ONES.shiftRight(storedLength);
        if (address.and(hostMask).signum() != 0) {
            BigInteger network = address.andNot(hostMask);
            String fixed = Addresses.format(network) + "/" + length;
            if (v6 && !fixed.contains(":")) fixed = "::ffff:" + fixed;
            throw new ValueParser.BadValue(s + " has host bits set; did you mean " + fixed + "?");
        }
        String canonical = (v6 && Addresses.isV4Mapped(0, address.longValue()) && address.shiftRight(64).signum() == 0
                ? "::ffff:" : "") + Addresses.format(address) + "/" + length;
        return new FilterValue.Prefix(address, address.or(hostMask), canonical);
    }
}

package org.flowbench.flowspec;

import org.flowbench.schema.Addresses;

/**
 * A route target for rt-redirect, in one of RFC 8955 section 7.4's three forms: 2-octet AS with a 4-octet
 * number, IPv4 address with a 2-octet number, 4-octet AS with a 2-octet number. An IPv4 administrator is
 * held as its 32-bit value.
 */
public record RouteTarget(Format format, long administrator, long assigned) {
    public enum Format { AS2, IPV4, AS4 }

    public RouteTarget {
        if (format == null) throw new IllegalArgumentException("format is required");
    }

    /**
     * Parses {@code ASN:N} or {@code a.b.c.d:N}; an AS above 65535 selects the 4-octet AS form.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public static RouteTarget parse(String text) {
        String s = text.strip();
        int colon = s.lastIndexOf(':');
        if (colon <= 0 || colon == s.length() - 1) {
            throw new IllegalArgumentException("not a route target: '" + text + "' (expected ASN:NUMBER or IPv4:NUMBER)");
        }
        String admin = s.substring(0, colon);
        long assigned = number(s.substring(colon + 1), text);
        if (admin.indexOf('.') >= 0) {
            long[] words = Addresses.parse(admin);
            if (!Addresses.isV4Mapped(words[0], words[1])) throw new IllegalArgumentException("not an IPv4 address in '" + text + "'");
            return new RouteTarget(Format.IPV4, words[1] & 0xFFFF_FFFFL, assigned);
        }
        long as = number(admin.regionMatches(true, 0, "AS", 0, 2) ? admin.substring(2) : admin, text);
        return new RouteTarget(as > 0xFFFF ? Format.AS4 : Format.AS2, as, assigned);
    }

    private static long number(String digits, String text) {
        if (digits.isEmpty() || digits.length() > 10 || !digits.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("not a route target: '" + text + "' ('" + digits + "' is not a number)");
        }
        return Long.parseLong(digits);
    }

    /** Largest assigned number this format holds. */
    public long maxAssigned() { return format == Format.AS2 ? 0xFFFF_FFFFL : 0xFFFFL; }

    /** Largest administrator this format holds. */
    public long maxAdministrator() { return format == Format.AS2 ? 0xFFFFL : 0xFFFF_FFFFL; }

    @Override
    public String toString() {
        String admin = format == Format.IPV4 ? Addresses.format(0, Addresses.v4Lo((int) administrator)) : Long.toString(administrator);
        return admin + ":" + assigned;
    }
}

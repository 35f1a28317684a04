package org.flowbench.schema;

import java.math.BigInteger;

/**
 * Converts the 128-bit hi/lo address form of the {@code flows} table to and from text.
 * IPv4 lives in the IPv4-mapped range ::ffff:0:0/96 and is written as a dotted quad;
 * IPv6 is written in the RFC 5952 canonical form. Parsing accepts literals only (no names).
 */
public final class Addresses {
    private Addresses() {}

    private static final long MAPPED_HI = 0L;
    private static final long MAPPED_LO_PREFIX = 0x0000_FFFF_0000_0000L;
    private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);

    /** Hi word of the IPv4-mapped form of an IPv4 address; always 0. */
    public static long v4Hi() { return MAPPED_HI; }

    /** Lo word of the IPv4-mapped form {@code ::ffff:a.b.c.d} of a 32-bit IPv4 address. */
    public static long v4Lo(int v4) { return MAPPED_LO_PREFIX | (v4 & 0xFFFF_FFFFL); }

    public static boolean isV4Mapped(long hi, long lo) {
        return hi == MAPPED_HI && (lo & 0xFFFF_FFFF_0000_0000L) == MAPPED_LO_PREFIX;
    }

    public static String format(long hi, long lo) {
        if (isV4Mapped(hi, lo)) {
            return ((lo >>> 24) & 0xFF) + "." + ((lo >>> 16) & 0xFF) + "." + ((lo >>> 8) & 0xFF) + "." + (lo & 0xFF);
        }
        int[] groups = new int[8];
        for (int i = 0; i < 4; i++) {
            groups[i] = (int) ((hi >>> (48 - 16 * i)) & 0xFFFF);
            groups[i + 4] = (int) ((lo >>> (48 - 16 * i)) & 0xFFFF);
        }
        // RFC 5952 section 4.2: compress the longest run of two or more zero groups, the first on a tie.
        int bestStart = -1, bestLen = 1;
        for (int i = 0; i < 8; ) {
            if (groups[i] != 0) { i++; continue; }
            int j = i;
            while (j < 8 && groups[j] == 0) j++;
            if (j - i > bestLen) { bestStart = i; bestLen = j - i; }
            i = j;
        }
        StringBuilder sb = new StringBuilder(39);
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                sb.append("::");
                i += bestLen - 1;
                continue;
            }
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') sb.append(':');
            sb.append(Integer.toHexString(groups[i]));
        }
        return sb.toString();
    }

    /** Formats the unsigned 128-bit value DuckDB returns for a UHUGEINT column. */
    public static String format(BigInteger value) {
        return format(value.shiftRight(64).longValue(), value.longValue());
    }

    public static BigInteger toBigInteger(long hi, long lo) {
        BigInteger high = new BigInteger(Long.toUnsignedString(hi));
        return high.multiply(TWO_64).add(new BigInteger(Long.toUnsignedString(lo)));
    }

    /**
     * Parses an IPv4 dotted quad or an IPv6 literal into {hi, lo}; IPv4 becomes IPv4-mapped.
     *
     * @throws IllegalArgumentException naming the text and what is wrong with it
     */
    public static long[] parse(String text) {
        String s = text.strip();
        if (s.indexOf(':') < 0) {
            return new long[] {MAPPED_HI, v4Lo(parseV4(s, text))};
        }
        return parseV6(s, text);
    }

    private static int parseV4(String s, String original) {
        String[] parts = s.split("\\.", -1);
        if (parts.length != 4) throw bad(original, "an IPv4 address has 4 dotted parts");
        int v = 0;
        for (String p : parts) {
            if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(Character::isDigit)) {
                throw bad(original, "'" + p + "' is not a number from 0 to 255");
            }
            int n = Integer.parseInt(p);
            if (n > 255) throw bad(original, n + " is above 255");
            v = (v << 8) | n;
        }
        return v;
    }

    private static long[] parseV6(String s, String original) {
        int doubleColon = s.indexOf("::");
        if (doubleColon >= 0 && s.indexOf("::", doubleColon + 1) >= 0) throw bad(original, "'::' may appear once");
        String head = doubleColon >= 0 ? s.substring(0, doubleColon) : s;
        String tail = doubleColon >= 0 ? s.substring(doubleColon + 2) : "";
        int[] headGroups = groups(head, original, doubleColon < 0);
        int[] tailGroups = groups(tail, original, true);
        int given = headGroups.length + tailGroups.length;
        if (doubleColon < 0 && given != 8) throw bad(original, "an IPv6 address has 8 groups, found " + given);
        if (doubleColon >= 0 && given > 7) throw bad(original, "too many groups around '::'");
        int[] all = new int[8];
        System.arraycopy(headGroups, 0, all, 0, headGroups.length);
        System.arraycopy(tailGroups, 0, all, 8 - tailGroups.length, tailGroups.length);
        long hi = 0, lo = 0;
        for (int i = 0; i < 4; i++) {
            hi = (hi << 16) | all[i];
            lo = (lo << 16) | all[i + 4];
        }
        return new long[] {hi, lo};
    }

    /** Splits colon-separated hex groups; a trailing dotted quad counts as two groups. */
    private static int[] groups(String part, String original, boolean mayEndInV4) {
        if (part.isEmpty()) return new int[0];
        String[] items = part.split(":", -1);
        boolean v4Tail = mayEndInV4 && items[items.length - 1].indexOf('.') >= 0;
        int[] out = new int[items.length + (v4Tail ? 1 : 0)];
        for (int i = 0; i < items.length; i++) {
            String g = items[i];
            if (v4Tail && i == items.length - 1) {
                int v4 = parseV4(g, original);
                out[i] = v4 >>> 16;
                out[i + 1] = v4 & 0xFFFF;
                continue;
            }
            if (g.isEmpty() || g.length() > 4) throw bad(original, "'" + g + "' is not a group of 1 to 4 hex digits");
            int v = 0;
            for (int k = 0; k < g.length(); k++) {
                int d = Character.digit(g.charAt(k), 16);
                if (d < 0) throw bad(original, "'" + g + "' is not hexadecimal");
                v = (v << 4) | d;
            }
            out[i] = v;
        }
        return out;
    }

    private static IllegalArgumentException bad(String text, String why) {
        return new IllegalArgumentException("not an IP address: '" + text + "' (" + why + ")");
    }
}

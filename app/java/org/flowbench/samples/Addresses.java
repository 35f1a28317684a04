package org.flowbench.samples;

/**
 * IPv4 addresses as {@code int}, IPv6 addresses as two {@code long}s, and the address plan of
 * the samples: documentation ranges for our own networks, public-looking ranges for the rest.
 */
public final class Addresses {
    private Addresses() {}

    public static int v4(String dotted) {
        String[] parts = dotted.split("\\.");
        if (parts.length != 4) throw new IllegalArgumentException("not an IPv4 address: " + dotted);
        int value = 0;
        for (String part : parts) {
            int octet = Integer.parseInt(part);
            if (octet < 0 || octet > 255) throw new IllegalArgumentException("not an IPv4 address: " + dotted);
            value = (value << 8) | octet;
        }
        return value;
    }

    public static String formatV4(int address) {
        return (address >>> 24) + "." + ((address >>> 16) & 0xFF) + "." + ((address >>> 8) & 0xFF) + "."
                + (address & 0xFF);
    }

    /** RFC 5952 text: lower case, longest run of two or more zero groups compressed. */
    public static String formatV6(long hi, long lo) {
        int[] groups = new int[8];
        for (int i = 0; i < 4; i++) {
            groups[i] = (int) (hi >>> (48 - 16 * i)) & 0xFFFF;
            groups[i + 4] = (int) (lo >>> (48 - 16 * i)) & 0xFFFF;
        }
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < 8; ) {
            if (groups[i] != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < 8 && groups[j] == 0) j++;
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
            i = j;
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                text.append("::");
                i += bestLength - 1;
                continue;
            }
            if (text.length() > 0 && text.charAt(text.length() - 1) != ':') text.append(':');
            text.append(Integer.toHexString(groups[i]));
        }
        return text.toString();
    }

    /** An address inside one of {@code prefixes} (each a /16 given by its first two octets). */
    public static int inSlash16(int[] prefixes, SeededRandom random) {
        int prefix = prefixes[random.nextInt(prefixes.length)];
        return prefix | random.between(1, 0xFFFE);
    }

    /** A random unicast address outside private, shared, loopback, documentation and multicast space. */
    public static int randomPublicV4(SeededRandom random) {
        while (true) {
            int candidate = (int) random.nextLong();
            if (isPublic(candidate)) return candidate;
        }
    }

    static boolean isPublic(int a) {
        int first = a >>> 24;
        int second = (a >>> 16) & 0xFF;
        int third = (a >>> 8) & 0xFF;
        if (first == 0 || first == 10 || first == 127 || first >= 224) return false;
        if (first == 100 && second >= 64 && second < 128) return false;
        if (first == 169 && second == 254) return false;
        if (first == 172 && second >= 16 && second < 32) return false;
        if (first == 192 && second == 168) return false;
        if (first == 192 && second == 0 && (third == 0 || third == 2)) return false;
        if (first == 198 && (second == 18 || second == 19)) return false;
        if (first == 198 && second == 51 && third == 100) return false;
        if (first == 203 && second == 0 && third == 113) return false;
        int last = a & 0xFF;
        return last != 0 && last != 255;
    }
}

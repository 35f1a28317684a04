package org.flowbench.ingest.live;

import java.util.ArrayList;
import java.util.List;
import org.flowbench.schema.Addresses;

/**
 * The exporters the collector accepts datagrams from: addresses or prefixes ({@code 192.0.2.7},
 * {@code 10.0.0.0/8}, {@code 2001:db8::/32}). Empty means everyone. Addresses are compared in the
 * 128-bit IPv4-mapped form of the {@code flows} table, so an IPv4 prefix /n is ::ffff:0:0/96+n.
 */
public final class ExporterAllowlist {
    private record Prefix(long hi, long lo, int bits, String text) {
        boolean contains(long h, long l) {
            if (bits == 0) return true;
            if (bits <= 64) return ((h ^ hi) & mask(bits)) == 0;
            return h == hi && ((l ^ lo) & mask(bits - 64)) == 0;
        }

        private static long mask(int n) {
            return n >= 64 ? -1L : -1L << (64 - n);
        }
    }

    private final List<Prefix> prefixes;

    private ExporterAllowlist(List<Prefix> prefixes) {
        this.prefixes = List.copyOf(prefixes);
    }

    public static ExporterAllowlist everyone() {
        return new ExporterAllowlist(List.of());
    }

    /** @throws IllegalArgumentException naming the entry that is not an address or prefix */
    public static ExporterAllowlist of(List<String> entries) {
        List<Prefix> list = new ArrayList<>();
        for (String e : entries) list.add(prefix(e));
        return new ExporterAllowlist(list);
    }

    private static Prefix prefix(String entry) {
        String s = entry.strip();
        int slash = s.indexOf('/');
        String address = slash < 0 ? s : s.substring(0, slash);
        boolean v4 = address.indexOf(':') < 0;
        int max = v4 ? 32 : 128;
        int bits = max;
        if (slash >= 0) {
            String n = s.substring(slash + 1);
            if (n.isEmpty() || n.length() > 3 || !n.chars().allMatch(Character::isDigit) || Integer.parseInt(n) > max) {
                throw new IllegalArgumentException("'" + entry + "': the prefix length must be from 0 to " + max);
            }
            bits = Integer.parseInt(n);
        }
        long[] hiLo = Addresses.parse(address);
        return new Prefix(hiLo[0], hiLo[1], v4 ? 96 + bits : bits, s);
    }

    public boolean allowsEveryone() {
        return prefixes.isEmpty();
    }

    /** Whether datagrams from this source (hi/lo, IPv4-mapped) are accepted. */
    public boolean allows(long hi, long lo) {
        if (prefixes.isEmpty()) return true;
        for (Prefix p : prefixes) if (p.contains(hi, lo)) return true;
        return false;
    }

    public List<String> entries() {
        return prefixes.stream().map(Prefix::text).toList();
    }

    @Override
    public String toString() {
        return prefixes.isEmpty() ? "any exporter" : String.join(", ", entries());
    }
}

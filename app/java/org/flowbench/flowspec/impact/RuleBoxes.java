package org.flowbench.flowspec.impact;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.IntPredicate;
import org.flowbench.flowspec.AddressFamily;
import org.flowbench.flowspec.BitmaskComponent;
import org.flowbench.flowspec.Component;
import org.flowbench.flowspec.ComponentType;
import org.flowbench.flowspec.FlowspecRule;
import org.flowbench.flowspec.NumericComponent;
import org.flowbench.flowspec.PrefixComponent;

/**
 * Turns a rule into {@link RuleBox}es, with the same semantics as {@link RuleMatcher}: value sets
 * come from the model's own term evaluation over each column's domain, and the conditions a
 * component implies (TCP or UDP for ports, ICMP for type and code, TCP for flags, never a
 * non-first fragment) are intersected into the protocol and fragment sets. Rules that do not
 * name one exact destination, use an IPv6 offset, repeat a component or would need too many
 * boxes are left to the per-rule SQL path ({@code null}).
 */
final class RuleBoxes {
    static final int MAX_BOXES = 64;

    private RuleBoxes() {}

    static List<RuleBox> of(FlowspecRule rule) {
        BigInteger host = RuleMatcher.hostDestination(rule);
        if (host == null) return null;
        Map<ComponentType, Component> byType = new EnumMap<>(ComponentType.class);
        for (Component c : rule.components()) {
            if (byType.put(c.type(), c) != null) return null;
        }
        int version = rule.family() == AddressFamily.IPV4 ? 4 : 6;
        BigInteger srcLow = null, srcHigh = null;
        if (byType.get(ComponentType.SOURCE_PREFIX) instanceof PrefixComponent src) {
            if (src.offset() != 0) return null;
            srcLow = src.prefix().flowsLow();
            srcHigh = src.prefix().flowsHigh();
        }
        boolean[] proto = all(256), frag = all(16);
        for (Component c : byType.values()) {
            if (!c.type().needsTransportHeader()) continue;
            intersect(frag, v -> (v & 6) != 2);   // RFC 8955 4.2.2.4-9: never a non-first fragment
            int icmp = rule.family().icmpProtocol();
            switch (c.type()) {
                case ICMP_TYPE, ICMP_CODE -> intersect(proto, v -> v == icmp);
                case TCP_FLAGS -> intersect(proto, v -> v == 6);
                default -> intersect(proto, v -> v == 6 || v == 17);
            }
        }
        if (byType.get(ComponentType.IP_PROTOCOL) instanceof NumericComponent n) intersect(proto, n::matches);
        if (byType.get(ComponentType.FRAGMENT) instanceof BitmaskComponent b) intersect(frag, b::matches);
        String icmpType = small(byType.get(ComponentType.ICMP_TYPE), 256);
        String icmpCode = small(byType.get(ComponentType.ICMP_CODE), 256);
        String flags = small(byType.get(ComponentType.TCP_FLAGS), 256);
        String dscp = small(byType.get(ComponentType.DSCP), 64);

        List<int[]> sports = intervals(byType.get(ComponentType.SOURCE_PORT));
        List<int[]> dports = intervals(byType.get(ComponentType.DESTINATION_PORT));
        List<int[]> lengths = intervals(byType.get(ComponentType.PACKET_LENGTH));
        List<int[]> either = intervals(byType.get(ComponentType.PORT));
        // "port" is source OR destination: one box per side; a row meeting both is counted once later
        List<int[][]> portPairs = new ArrayList<>();
        for (int[] s : orAny(sports)) {
            for (int[] d : orAny(dports)) {
                if (either == null) {
                    portPairs.add(new int[][] {s, d});
                    continue;
                }
                for (int[] p : either) {
                    portPairs.add(new int[][] {intersect(s, p), d});
                    portPairs.add(new int[][] {s, intersect(d, p)});
                }
            }
        }
        List<RuleBox> boxes = new ArrayList<>();
        if (none(proto) || none(frag) || isEmpty(icmpType) || isEmpty(icmpCode) || isEmpty(flags) || isEmpty(dscp)) return boxes;
        for (int[][] ports : portPairs) {
            if (ports[0] == EMPTY || ports[1] == EMPTY) continue;
            for (int[] len : orAny(lengths)) {
                if (len == EMPTY) continue;
                if (boxes.size() == MAX_BOXES) return null;
                boxes.add(new RuleBox(version, host, srcLow, srcHigh, unlessAll(proto), ports[0], ports[1], len,
                        icmpType, icmpCode, flags, dscp, unlessAll(frag)));
            }
        }
        return boxes;
    }

    /** Marks an interval list that matches nothing, so that products over it are empty. */
    private static final int[] EMPTY = new int[0];

    private static List<int[]> orAny(List<int[]> intervals) {
        List<int[]> out = new ArrayList<>();
        if (intervals == null) out.add(null);
        else if (intervals.isEmpty()) out.add(EMPTY);
        else out.addAll(intervals);
        return out;
    }

    private static int[] intersect(int[] a, int[] b) {
        if (a == EMPTY || b == EMPTY) return EMPTY;
        if (a == null) return b;
        if (b == null) return a;
        int lo = Math.max(a[0], b[0]), hi = Math.min(a[1], b[1]);
        return lo <= hi ? new int[] {lo, hi} : EMPTY;
    }

    /** The matching runs of a 16-bit numeric component over 0..65535; null when absent. */
    static List<int[]> intervals(Component c) {
        if (!(c instanceof NumericComponent n)) return null;
        long max = n.type().maxValue();
        TreeSet<Long> cuts = new TreeSet<>(List.of(0L, max + 1));
        n.terms().forEach(t -> {
            for (long v : new long[] {t.value(), t.value() + 1}) if (v >= 0 && v <= max + 1) cuts.add(v);
        });
        List<int[]> out = new ArrayList<>();
        Long start = null;
        for (long cut : cuts) {
            if (start != null && n.matches(start)) {
                if (!out.isEmpty() && out.get(out.size() - 1)[1] == start - 1) out.get(out.size() - 1)[1] = (int) (cut - 1);
                else out.add(new int[] {start.intValue(), (int) (cut - 1)});
            }
            start = cut;
        }
        return out;
    }

    /** The allowed values of a small-domain component as a bit string; null when absent. */
    private static String small(Component c, int domain) {
        if (c == null) return null;
        boolean[] ok = all(domain);
        if (c instanceof NumericComponent n) intersect(ok, n::matches);
        else if (c instanceof BitmaskComponent b) intersect(ok, b::matches);
        return bits(ok);
    }

    private static boolean[] all(int n) {
        boolean[] b = new boolean[n];
        java.util.Arrays.fill(b, true);
        return b;
    }

    private static void intersect(boolean[] set, IntPredicate p) {
        for (int v = 0; v < set.length; v++) set[v] &= p.test(v);
    }

    private static boolean none(boolean[] set) {
        for (boolean b : set) if (b) return false;
        return true;
    }

    private static boolean isEmpty(String bits) {
        return bits != null && bits.indexOf('1') < 0;
    }

    /** Null (unconstrained) when every value is allowed, which spares the test. */
    private static String unlessAll(boolean[] set) {
        for (boolean b : set) if (!b) return bits(set);
        return null;
    }

    private static String bits(boolean[] set) {
        StringBuilder sb = new StringBuilder(set.length);
        for (boolean b : set) sb.append(b ? '1' : '0');
        return sb.toString();
    }
}

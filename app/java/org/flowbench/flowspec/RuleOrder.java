package org.flowbench.flowspec;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Precedence between two rules, RFC 8955 section 5.1 (and RFC 8956 section 4 for IPv6 offsets); a negative
 * result means the first rule has higher precedence. Components are compared pairwise in type order:
 * a lower type present in only one rule wins; prefixes: more specific wins if one contains the other, else the
 * lower value; other types: memcmp of the encoded component including operator octets, where on an equal
 * common part the longer string wins. A rule with components left when the other ran out wins.
 */
public final class RuleOrder implements Comparator<FlowspecRule> {
    public static final RuleOrder INSTANCE = new RuleOrder();

    private RuleOrder() {}

    @Override
    public int compare(FlowspecRule a, FlowspecRule b) {
        List<Component> ca = a.componentsInTypeOrder();
        List<Component> cb = b.componentsInTypeOrder();
        for (int i = 0; i < Math.max(ca.size(), cb.size()); i++) {
            if (i >= cb.size()) return -1;
            if (i >= ca.size()) return 1;
            Component x = ca.get(i), y = cb.get(i);
            if (x.type() != y.type()) return Integer.compare(x.type().code(), y.type().code());
            int c = x instanceof PrefixComponent px
                    ? comparePrefixes(px, (PrefixComponent) y)
                    : compareBytes(NlriEncoder.component(x, a.family()), NlriEncoder.component(y, b.family()));
            if (c != 0) return c;
        }
        return 0;
    }

    static int comparePrefixes(PrefixComponent x, PrefixComponent y) {
        if (x.offset() != y.offset()) return Integer.compare(x.offset(), y.offset());
        int from = x.offset();
        int common = Math.min(x.prefix().length(), y.prefix().length());
        for (int bit = from; bit < common; bit++) {
            int bx = x.bit(bit), by = y.bit(bit);
            if (bx != by) return Integer.compare(bx, by); // disjoint: the lower value wins
        }
        // one contains the other: the more specific (longer) wins
        return Integer.compare(y.prefix().length(), x.prefix().length());
    }

    /** memcmp past the type octet; on an equal common part the longer string has precedence. */
    static int compareBytes(byte[] x, byte[] y) {
        int c = Arrays.compareUnsigned(x, 1, Math.min(x.length, y.length), y, 1, Math.min(x.length, y.length));
        if (c != 0) return c;
        return Integer.compare(y.length, x.length);
    }
}

package org.flowbench.flowspec.impact;

import java.util.ArrayList;
import java.util.List;
import org.flowbench.flowspec.AddressFamily;
import org.flowbench.flowspec.BitmaskComponent;
import org.flowbench.flowspec.BitmaskTerm;
import org.flowbench.flowspec.Component;
import org.flowbench.flowspec.FlowspecRule;
import org.flowbench.flowspec.NumericComponent;
import org.flowbench.flowspec.NumericTerm;
import org.flowbench.flowspec.PrefixComponent;
import org.flowbench.flowspec.RuleSet;

/**
 * A Wireshark display filter selecting the packets a rule set matches, written independently of
 * RuleMatcher from the RFC's wording, for counting with tshark (IP reassembly must be off).
 * Covers the components the generator uses.
 */
final class TsharkFilter {
    private static final String[] FLAG_FIELDS = {"fin", "syn", "reset", "push", "ack", "urg", "ece", "cwr"};

    private TsharkFilter() {}

    static String of(RuleSet set) {
        List<String> rules = new ArrayList<>();
        for (FlowspecRule r : set.rules()) rules.add("(" + of(r) + ")");
        return String.join(" || ", rules);
    }

    static String of(FlowspecRule rule) {
        boolean v4 = rule.family() == AddressFamily.IPV4;
        String ip = v4 ? "ip" : "ipv6";
        String nonFirst = v4 ? "ip.frag_offset > 0" : "ipv6.fragment.offset > 0";
        List<String> parts = new ArrayList<>(List.of(ip));
        for (Component c : rule.components()) {
            switch (c.type()) {
                case DESTINATION_PREFIX -> parts.add(ip + ".dst == " + ((PrefixComponent) c).prefix());
                case SOURCE_PREFIX -> parts.add(ip + ".src == " + ((PrefixComponent) c).prefix());
                case IP_PROTOCOL -> parts.add(numeric(v4 ? "ip.proto" : "ipv6.nxt", (NumericComponent) c, 0));
                case SOURCE_PORT -> parts.add("!(" + nonFirst + ") && ((udp && " + numeric("udp.srcport", (NumericComponent) c, 0)
                        + ") || (tcp && " + numeric("tcp.srcport", (NumericComponent) c, 0) + "))");
                case DESTINATION_PORT -> parts.add("!(" + nonFirst + ") && ((udp && " + numeric("udp.dstport", (NumericComponent) c, 0)
                        + ") || (tcp && " + numeric("tcp.dstport", (NumericComponent) c, 0) + "))");
                // IPv6 length: the payload length plus the 40-byte header
                case PACKET_LENGTH -> parts.add(v4 ? numeric("ip.len", (NumericComponent) c, 0) : numeric("ipv6.plen", (NumericComponent) c, 40));
                case TCP_FLAGS -> parts.add("tcp && !(" + nonFirst + ") && " + flags((BitmaskComponent) c));
                case FRAGMENT -> {
                    BitmaskComponent b = (BitmaskComponent) c;
                    if (b.terms().size() != 1 || !b.terms().get(0).equals(BitmaskTerm.any(BitmaskComponent.IS_FRAGMENT))) {
                        throw new IllegalArgumentException("test translator knows only is-fragment: " + c);
                    }
                    parts.add(nonFirst);
                }
                default -> throw new IllegalArgumentException("test translator does not know " + c);
            }
        }
        return String.join(" && ", parts);
    }

    private static String numeric(String field, NumericComponent c, long minus) {
        List<String> ors = new ArrayList<>();
        List<String> ands = new ArrayList<>();
        for (NumericTerm t : c.terms()) {
            if (!t.and() && !ands.isEmpty()) {
                ors.add("(" + String.join(" && ", ands) + ")");
                ands.clear();
            }
            ands.add(switch (t.op()) {
                case FALSE -> "0";
                case TRUE -> "1";
                default -> field + " " + t.op().symbol() + " " + (t.value() - minus);
            });
        }
        ors.add("(" + String.join(" && ", ands) + ")");
        return "(" + String.join(" || ", ors) + ")";
    }

    private static String flags(BitmaskComponent c) {
        List<String> ors = new ArrayList<>();
        List<String> ands = new ArrayList<>();
        for (BitmaskTerm t : c.terms()) {
            if (!t.and() && !ands.isEmpty()) {
                ors.add("(" + String.join(" && ", ands) + ")");
                ands.clear();
            }
            List<String> bits = new ArrayList<>();
            for (int b = 0; b < 8; b++) if ((t.value() & (1 << b)) != 0) bits.add("tcp.flags." + FLAG_FIELDS[b] + " == 1");
            String test = "(" + String.join(t.match() ? " && " : " || ", bits) + ")";
            ands.add(t.not() ? "!" + test : test);
        }
        ors.add("(" + String.join(" && ", ands) + ")");
        return "(" + String.join(" || ", ors) + ")";
    }
}

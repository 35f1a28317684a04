package org.flowbench.flowspec.dialect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flowbench.flowspec.Action;
import org.flowbench.flowspec.AddressFamily;
import org.flowbench.flowspec.BitmaskComponent;
import org.flowbench.flowspec.BitmaskTerm;
import org.flowbench.flowspec.Component;
import org.flowbench.flowspec.ComponentType;
import org.flowbench.flowspec.FlowspecRule;
import org.flowbench.flowspec.IpPrefix;
import org.flowbench.flowspec.NumericComponent;
import org.flowbench.flowspec.PrefixComponent;
import org.flowbench.flowspec.Redirect;
import org.flowbench.flowspec.RouteTarget;
import org.flowbench.flowspec.RuleSet;
import org.flowbench.flowspec.TrafficMarking;
import org.flowbench.flowspec.TrafficRateBytes;

/**
 * Cisco IOS XR: one {@code class-map type traffic match-all} per rule, a {@code policy-map type pbr} per family
 * with the actions, and the {@code flowspec address-family} service policies. Police rates are bits per second.
 * Numeric matches are values and ranges; TCP flags are {@code value bit-mask mask} (set bits must be set, the
 * other masked bits clear). The port component, flow label, IPv6 offsets, packet rates and traffic-action are
 * not written.
 */
public final class IosXrDialect implements Dialect {
    private static final String V4_POLICY = "FLOWBENCH-IPV4", V6_POLICY = "FLOWBENCH-IPV6";

    @Override
    public String name() { return "iosxr"; }

    @Override
    public boolean canWrite() { return true; }

    @Override
    public String write(RuleSet rules) {
        StringBuilder classes = new StringBuilder();
        Map<AddressFamily, StringBuilder> policies = new LinkedHashMap<>();
        RuleNames names = new RuleNames("RULE-");
        for (int i = 0; i < rules.rules().size(); i++) {
            FlowspecRule r = rules.rules().get(i);
            String name = names.of(r, i);
            classes.append("class-map type traffic match-all ").append(name).append('\n');
            for (Component c : r.componentsInTypeOrder()) classes.append(" match ").append(match(c, r, name)).append('\n');
            classes.append(" end-class-map\n!\n");
            StringBuilder p = policies.computeIfAbsent(r.family(), f -> new StringBuilder());
            p.append(" class type traffic ").append(name).append('\n');
            for (Action a : r.actions()) p.append("  ").append(action(a, name)).append('\n');
            p.append(" !\n");
        }
        StringBuilder sb = new StringBuilder(classes);
        StringBuilder fs = new StringBuilder("flowspec\n");
        for (var e : policies.entrySet()) {
            String policy = e.getKey() == AddressFamily.IPV4 ? V4_POLICY : V6_POLICY;
            sb.append("policy-map type pbr ").append(policy).append('\n').append(e.getValue())
                    .append(" class type traffic class-default\n !\n end-policy-map\n!\n");
            fs.append(" address-family ").append(e.getKey() == AddressFamily.IPV4 ? "ipv4" : "ipv6").append('\n')
                    .append("  service-policy type pbr ").append(policy).append("\n !\n");
        }
        return sb.append(fs).append("!\n").toString();
    }

    private String match(Component c, FlowspecRule r, String name) {
        String v = r.family() == AddressFamily.IPV4 ? "ipv4" : "ipv6";
        switch (c.type()) {
            case PORT, FLOW_LABEL -> throw new UnsupportedRuleException(name(), name, "the " + c.type().label() + " component");
            default -> { }
        }
        if (c instanceof PrefixComponent p) {
            if (p.offset() != 0) throw new UnsupportedRuleException(name(), name, "an IPv6 prefix offset");
            String kw = c.type() == ComponentType.DESTINATION_PREFIX ? "destination-address " : "source-address ";
            return kw + v + " " + (r.family() == AddressFamily.IPV4 ? p.prefix().address() + " " + mask(p.prefix().length()) : p.prefix().toString());
        }
        if (c instanceof NumericComponent n) {
            List<long[]> ranges = Ranges.of(n).orElseThrow(() -> new UnsupportedRuleException(name(), name,
                    c.type().label() + " " + n.terms() + " (IOS XR matches values and ranges only)"));
            return keyword(c.type(), v) + " " + Ranges.format(ranges, " ");
        }
        BitmaskComponent b = (BitmaskComponent) c;
        if (c.type() == ComponentType.FRAGMENT) return "fragment-type " + String.join(" ", FragmentLists.format(b, name(), name, false));
        List<BitmaskTerm> t = b.terms();
        int set = 0, clear = 0;
        boolean ok = !t.isEmpty() && t.size() <= 2;
        if (ok && t.get(0).match() && !t.get(0).not()) {
            set = t.get(0).value();
            if (t.size() == 2) {
                ok = t.get(1).and() && t.get(1).not() && !t.get(1).match();
                clear = t.get(1).value();
            }
        } else if (ok && t.size() == 1 && t.get(0).not() && !t.get(0).match()) {
            clear = t.get(0).value();
        } else {
            ok = false;
        }
        if (!ok) throw new UnsupportedRuleException(name(), name, "TCP flags " + t + " (IOS XR takes one value with a bit-mask)");
        return String.format("tcp-flag 0x%x bit-mask 0x%x", set, set | clear);
    }

    private static String keyword(ComponentType t, String family) {
        return switch (t) {
            case IP_PROTOCOL -> "protocol";
            case DESTINATION_PORT -> "destination-port";
            case SOURCE_PORT -> "source-port";
            case ICMP_TYPE -> family + " icmp-type";
            case ICMP_CODE -> family + " icmp-code";
            case PACKET_LENGTH -> "packet length";
            case DSCP -> "dscp";
            default -> throw new IllegalArgumentException(t.toString());
        };
    }

    private static String mask(int length) {
        long m = length == 0 ? 0 : (0xFFFF_FFFFL << (32 - length)) & 0xFFFF_FFFFL;
        return ((m >> 24) & 0xFF) + "." + ((m >> 16) & 0xFF) + "." + ((m >> 8) & 0xFF) + "." + (m & 0xFF);
    }

    private String action(Action a, String rule) {
        if (a instanceof TrafficRateBytes t) {
            double bits = t.bytesPerSecond() * 8.0;
            if (bits != Math.rint(bits)) throw new UnsupportedRuleException(name(), rule, "a rate that is not a whole number of bits/s");
            return t.isDiscard() ? "drop" : "police rate " + (long) bits + " bps";
        }
        if (a instanceof TrafficMarking m) return "set dscp " + m.dscp();
        if (a instanceof Redirect r) return "redirect nexthop route-target " + r.target();
        throw new UnsupportedRuleException(name(), rule, "the action " + a);
    }

    @Override
    public RuleSet read(String text) throws DialectParseException {
        Map<String, List<Component>> classes = new LinkedHashMap<>();
        Map<String, Token> classAt = new HashMap<>();
        Map<String, Boolean> classIsV6 = new HashMap<>();
        Map<String, List<Action>> actions = new HashMap<>();
        Map<String, String> policyOfClass = new HashMap<>();
        Map<String, AddressFamily> policyFamily = new HashMap<>();
        String[] lines = text.split("\n", -1);
        String currentClass = null, currentPolicy = null, policyClass = null;
        AddressFamily fsFamily = null;
        for (int n = 0; n < lines.length; n++) {
            List<Token> w = ShellWords.split(lines[n].replace("!", " ").stripTrailing(), n + 1);
            if (w.isEmpty()) continue;
            String head = w.get(0).text();
            if (head.equals("class-map")) {
                if (w.size() < 4 || !w.get(1).is("type") || !w.get(2).is("traffic")) throw w.get(0).error("expected class-map type traffic match-all NAME");
                currentClass = w.get(w.size() - 1).text();
                classes.put(currentClass, new ArrayList<>());
                classAt.put(currentClass, w.get(0));
                currentPolicy = null;
            } else if (head.equals("end-class-map")) {
                currentClass = null;
            } else if (head.equals("policy-map")) {
                currentPolicy = w.get(w.size() - 1).text();
                currentClass = null;
            } else if (head.equals("end-policy-map")) {
                currentPolicy = null;
            } else if (head.equals("class") && currentPolicy != null) {
                policyClass = w.get(w.size() - 1).text();
                if (!policyClass.equals("class-default")) policyOfClass.put(policyClass, currentPolicy);
            } else if (head.equals("match") && currentClass != null) {
                Component c = match(w);
                if (lines[n].contains(" ipv6")) classIsV6.put(currentClass, true);
                classes.get(currentClass).add(c);
            } else if (currentPolicy != null && policyClass != null && !policyClass.equals("class-default")) {
                actions.computeIfAbsent(policyClass, k -> new ArrayList<>()).add(action(w));
            } else if (head.equals("address-family") && w.size() > 1) {
                fsFamily = w.get(1).is("ipv6") ? AddressFamily.IPV6 : AddressFamily.IPV4;
            } else if (head.equals("service-policy") && fsFamily != null) {
                policyFamily.put(w.get(w.size() - 1).text(), fsFamily);
            } else if (!head.equals("flowspec") && !head.equals("local-install")) {
                throw w.get(0).error("unexpected '" + lines[n].strip() + "'");
            }
        }
        List<FlowspecRule> rules = new ArrayList<>();
        for (var e : classes.entrySet()) {
            String name = e.getKey();
            AddressFamily family = classIsV6.getOrDefault(name, false) ? AddressFamily.IPV6
                    : policyFamily.getOrDefault(policyOfClass.get(name), AddressFamily.IPV4);
            if (e.getValue().isEmpty()) throw classAt.get(name).error("class-map " + name + " has no match lines");
            rules.add(new FlowspecRule(name, family, e.getValue(), actions.getOrDefault(name, List.of())));
        }
        return new RuleSet(rules);
    }

    private Component match(List<Token> w) throws DialectParseException {
        Token kw = w.size() > 1 ? w.get(1) : w.get(0);
        String k = kw.text();
        int values = 2;
        if (k.equals("ipv4") || k.equals("ipv6") || k.equals("packet")) {
            if (w.size() < 3) throw kw.error("incomplete match");
            k = k + " " + w.get(2).text();
            values = 3;
        }
        List<Token> rest = w.subList(Math.min(values, w.size()), w.size());
        if (rest.isEmpty()) throw kw.error("match " + k + " needs a value");
        ComponentType type;
        switch (k) {
            case "destination-address", "source-address" -> {
                type = k.startsWith("destination") ? ComponentType.DESTINATION_PREFIX : ComponentType.SOURCE_PREFIX;
                try {
                    if (rest.get(0).is("ipv4") && rest.size() == 3) {
                        return new PrefixComponent(type, IpPrefix.parse(rest.get(1).text() + "/" + maskLength(rest.get(2))), 0);
                    }
                    if (rest.get(0).is("ipv6") && rest.size() == 2) return new PrefixComponent(type, IpPrefix.parse(rest.get(1).text()), 0);
                } catch (IllegalArgumentException e) {
                    throw rest.get(1).error(e.getMessage());
                }
                throw rest.get(0).error("expected ipv4 ADDRESS MASK or ipv6 PREFIX");
            }
            case "tcp-flag" -> {
                if (rest.size() != 3 || !rest.get(1).is("bit-mask")) throw kw.error("expected tcp-flag VALUE bit-mask MASK");
                int value = (int) Names.number(rest.get(0).text()).orElseThrow(() -> rest.get(0).error("not a number"));
                int mask = (int) Names.number(rest.get(2).text()).orElseThrow(() -> rest.get(2).error("not a number"));
                List<BitmaskTerm> terms = new ArrayList<>();
                if ((value & mask) != 0) terms.add(new BitmaskTerm(false, false, true, value & mask));
                if ((~value & mask) != 0) terms.add(new BitmaskTerm(!terms.isEmpty(), true, false, ~value & mask));
                if (terms.isEmpty()) throw rest.get(2).error("the bit-mask is empty");
                return new BitmaskComponent(ComponentType.TCP_FLAGS, terms);
            }
            case "fragment-type" -> { return FragmentLists.parse(rest); }
            case "protocol" -> type = ComponentType.IP_PROTOCOL;
            case "destination-port" -> type = ComponentType.DESTINATION_PORT;
            case "source-port" -> type = ComponentType.SOURCE_PORT;
            case "ipv4 icmp-type", "ipv6 icmp-type" -> type = ComponentType.ICMP_TYPE;
            case "ipv4 icmp-code", "ipv6 icmp-code" -> type = ComponentType.ICMP_CODE;
            case "packet length" -> type = ComponentType.PACKET_LENGTH;
            case "dscp" -> type = ComponentType.DSCP;
            default -> throw kw.error("unknown match '" + k + "'");
        }
        List<long[]> ranges = new ArrayList<>();
        for (Token t : rest) ranges.add(Ranges.parseItem(type, t));
        return Ranges.toComponent(type, ranges);
    }

    private static int maskLength(Token t) throws DialectParseException {
        long[] words = org.flowbench.schema.Addresses.parse(t.text());
        long m = words[1] & 0xFFFF_FFFFL;
        int len = Long.bitCount(m);
        if (m != ((0xFFFF_FFFFL << (32 - len)) & 0xFFFF_FFFFL)) throw t.error(t.text() + " is not a contiguous netmask");
        return len;
    }

    private Action action(List<Token> w) throws DialectParseException {
        String line = String.join(" ", w.stream().map(Token::text).toList());
        try {
            if (line.equals("drop")) return TrafficRateBytes.discard();
            if (line.startsWith("police rate ") && w.size() >= 3) {
                double bits = Double.parseDouble(w.get(2).text());
                String unit = w.size() > 3 ? w.get(3).text() : "bps";
                double scale = switch (unit) {
                    case "bps" -> 1;
                    case "kbps" -> 1e3;
                    case "mbps" -> 1e6;
                    case "gbps" -> 1e9;
                    default -> throw w.get(3).error("unknown rate unit '" + unit + "'");
                };
                return TrafficRateBytes.of((float) (bits * scale / 8.0));
            }
            if (line.startsWith("set dscp ") && w.size() == 3) return new TrafficMarking(Integer.parseInt(w.get(2).text()));
            if (line.startsWith("redirect nexthop route-target ") && w.size() == 4) return new Redirect(RouteTarget.parse(w.get(3).text()));
        } catch (IllegalArgumentException e) {
            throw w.get(w.size() - 1).error(e.getMessage());
        }
        throw w.get(0).error("unknown policy action '" + line + "'");
    }
}

package org.flowbench.flowspec.dialect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.flowbench.flowspec.Action;
import org.flowbench.flowspec.AddressFamily;
import org.flowbench.flowspec.BitmaskComponent;
import org.flowbench.flowspec.Component;
import org.flowbench.flowspec.ComponentType;
import org.flowbench.flowspec.FlowspecRule;
import org.flowbench.flowspec.IpPrefix;
import org.flowbench.flowspec.NumericComponent;
import org.flowbench.flowspec.PrefixComponent;
import org.flowbench.flowspec.Redirect;
import org.flowbench.flowspec.RouteTarget;
import org.flowbench.flowspec.RuleSet;
import org.flowbench.flowspec.TrafficAction;
import org.flowbench.flowspec.TrafficMarking;
import org.flowbench.flowspec.TrafficRateBytes;
import org.flowbench.flowspec.TrafficRatePackets;

/**
 * Junos {@code routing-options flow route NAME { match { } then { } }} (IPv6 under {@code rib inet6.0 flow}).
 * Junos rate-limit is in bits per second: written as 8 times the wire's bytes/s. Numeric matches are values
 * and ranges only; {@code next-term} sets the traffic-action terminal bit (evaluation continues), {@code
 * sample} the sample bit. Writing sets {@code term-order standard} so Junos orders rules as RFC 8955 does.
 */
public final class JunosDialect implements Dialect {
    @Override
    public String name() { return "junos"; }

    @Override
    public boolean canWrite() { return true; }

    @Override
    public String write(RuleSet rules) {
        StringBuilder sb = new StringBuilder("routing-options {\n");
        RuleNames names = new RuleNames("rule");
        List<FlowspecRule> v4 = rules.rules().stream().filter(r -> r.family() == AddressFamily.IPV4).toList();
        List<FlowspecRule> v6 = rules.rules().stream().filter(r -> r.family() == AddressFamily.IPV6).toList();
        if (!v4.isEmpty()) flow(sb, v4, names, "    ");
        if (!v6.isEmpty()) {
            sb.append("    rib inet6.0 {\n");
            flow(sb, v6, names, "        ");
            sb.append("    }\n");
        }
        return sb.append("}\n").toString();
    }

    private void flow(StringBuilder sb, List<FlowspecRule> rules, RuleNames names, String in) {
        sb.append(in).append("flow {\n").append(in).append("    term-order standard;\n");
        for (int i = 0; i < rules.size(); i++) {
            FlowspecRule r = rules.get(i);
            String name = names.of(r, i);
            sb.append(in).append("    route ").append(name).append(" {\n").append(in).append("        match {\n");
            for (Component c : r.componentsInTypeOrder()) sb.append(in).append("            ").append(match(c, r, name)).append(";\n");
            sb.append(in).append("        }\n").append(in).append("        then {\n");
            for (String a : then(r, name)) sb.append(in).append("            ").append(a).append(";\n");
            sb.append(in).append("        }\n").append(in).append("    }\n");
        }
        sb.append(in).append("}\n");
    }

    private String match(Component c, FlowspecRule r, String name) {
        String kw = keyword(c.type(), r.family());
        if (c instanceof PrefixComponent p) return kw + " " + p.prefix() + (p.offset() != 0 ? " prefix-offset " + p.offset() : "");
        if (c instanceof NumericComponent n) {
            List<long[]> ranges = Ranges.of(n).orElseThrow(() -> new UnsupportedRuleException(name(), name,
                    c.type().label() + " " + n.terms() + " (Junos matches values and ranges only)"));
            if (c.type() == ComponentType.IP_PROTOCOL) {
                List<String> items = new ArrayList<>();
                for (long[] x : ranges) {
                    String pn = x[0] == x[1] ? Names.protocolName(x[0]) : null;
                    items.add(pn != null ? pn : Ranges.format(List.of(x), ""));
                }
                return kw + " " + list(items);
            }
            return kw + " " + list(List.of(Ranges.format(ranges, " ").split(" ")));
        }
        BitmaskComponent b = (BitmaskComponent) c;
        if (c.type() == ComponentType.TCP_FLAGS) return kw + " \"" + FlagExpressions.format(b, name(), name) + "\"";
        return kw + " " + list(FragmentLists.format(b, name(), name, true));
    }

    private static String list(List<String> items) { return items.size() == 1 ? items.get(0) : "[ " + String.join(" ", items) + " ]"; }

    private List<String> then(FlowspecRule r, String name) {
        List<String> out = new ArrayList<>();
        List<Action> ordered = new ArrayList<>(r.actions());
        // traffic-action last: reading collects sample and next-term into one action placed after the others
        ordered.sort(java.util.Comparator.comparing(a -> a instanceof TrafficAction));
        for (Action a : ordered) {
            if (a instanceof TrafficRateBytes t) {
                double bits = t.bytesPerSecond() * 8.0;
                if (bits != Math.rint(bits)) throw new UnsupportedRuleException(name(), name, "a rate that is not a whole number of bits/s");
                out.add(t.isDiscard() ? "discard" : "rate-limit " + (long) bits);
            } else if (a instanceof TrafficRatePackets) {
                throw new UnsupportedRuleException(name(), name, "a packet rate");
            } else if (a instanceof TrafficAction t) {
                if (!t.sample() && !t.terminal()) throw new UnsupportedRuleException(name(), name, "a traffic-action with neither bit set");
                if (t.sample()) out.add("sample");
                if (t.terminal()) out.add("next-term");
            } else if (a instanceof Redirect rd) {
                if (rd.target().format() == RouteTarget.Format.IPV4) throw new UnsupportedRuleException(name(), name, "an IPv4-address route target");
                out.add("routing-instance target:" + rd.target());
            } else if (a instanceof TrafficMarking m) {
                out.add("mark " + m.dscp());
            }
        }
        if (out.isEmpty()) out.add("accept");
        return out;
    }

    private static String keyword(ComponentType t, AddressFamily f) {
        return switch (t) {
            case DESTINATION_PREFIX -> "destination";
            case SOURCE_PREFIX -> "source";
            case IP_PROTOCOL -> "protocol";
            case PORT -> "port";
            case DESTINATION_PORT -> "destination-port";
            case SOURCE_PORT -> "source-port";
            case ICMP_TYPE -> f == AddressFamily.IPV6 ? "icmp6-type" : "icmp-type";
            case ICMP_CODE -> f == AddressFamily.IPV6 ? "icmp6-code" : "icmp-code";
            case TCP_FLAGS -> "tcp-flags";
            case PACKET_LENGTH -> "packet-length";
            case DSCP -> "dscp";
            case FRAGMENT -> "fragment";
            case FLOW_LABEL -> "flow-label";
        };
    }

    @Override
    public RuleSet read(String text) throws DialectParseException {
        Tokens tokens = Tokens.of(text, "{};[]", "#");
        List<FlowspecRule> rules = new ArrayList<>();
        walk(tokens, rules, false, AddressFamily.IPV4);
        return new RuleSet(rules);
    }

    private void walk(Tokens tokens, List<FlowspecRule> rules, boolean inFlow, AddressFamily family) throws DialectParseException {
        while (!tokens.atEnd() && !tokens.peek().is("}")) {
            Token first = tokens.take();
            if (inFlow && first.is("route")) {
                Token name = tokens.take();
                tokens.expect("{");
                rules.add(route(tokens, name, family));
                continue;
            }
            AddressFamily inner = family;
            if (first.is("rib") && tokens.peek().text().startsWith("inet6.")) inner = AddressFamily.IPV6;
            boolean flow = first.is("flow");
            while (!tokens.peek().is("{") && !tokens.peek().is(";")) {
                if (tokens.peek().is("}")) throw tokens.peek().error("unexpected '}'");
                tokens.take();
            }
            if (tokens.accept(";")) continue;
            tokens.expect("{");
            walk(tokens, rules, flow, inner);
            tokens.expect("}");
        }
    }

    private FlowspecRule route(Tokens tokens, Token name, AddressFamily family) throws DialectParseException {
        List<Component> components = new ArrayList<>();
        List<Action> actions = new ArrayList<>();
        boolean sample = false, nextTerm = false;
        while (!tokens.accept("}")) {
            Token section = tokens.take();
            if (section.is("match")) {
                tokens.expect("{");
                while (!tokens.accept("}")) {
                    List<Token> words = tokens.statement();
                    if (!words.isEmpty()) components.add(component(words, family));
                }
            } else if (section.is("then")) {
                List<List<Token>> statements = new ArrayList<>();
                if (tokens.accept("{")) {
                    while (!tokens.accept("}")) statements.add(tokens.statement());
                } else {
                    List<Token> one = new ArrayList<>(tokens.statement());
                    statements.add(one);
                }
                for (List<Token> s : statements) {
                    if (s.isEmpty()) continue;
                    Token kw = s.get(0);
                    String arg = s.size() > 1 ? s.get(1).text() : null;
                    switch (kw.text()) {
                        case "accept" -> { }
                        case "discard" -> actions.add(TrafficRateBytes.discard());
                        case "sample" -> sample = true;
                        case "next-term" -> nextTerm = true;
                        case "rate-limit" -> actions.add(TrafficRateBytes.of((float) (bits(kw, arg) / 8.0)));
                        case "mark" -> actions.add(new TrafficMarking((int) number(kw, arg)));
                        case "routing-instance" -> {
                            if (arg == null || !arg.startsWith("target:")) throw kw.error("expected routing-instance target:AS:N");
                            try {
                                actions.add(new Redirect(RouteTarget.parse(arg.substring("target:".length()))));
                            } catch (IllegalArgumentException e) {
                                throw s.get(1).error(e.getMessage());
                            }
                        }
                        default -> throw kw.error("unknown action '" + kw.text() + "'");
                    }
                }
            } else {
                throw section.error("expected match or then but found '" + section.text() + "'");
            }
        }
        if (sample || nextTerm) actions.add(new TrafficAction(sample, nextTerm));
        if (components.isEmpty()) throw name.error("route " + name.text() + " has no match conditions");
        return new FlowspecRule(name.text(), family, components, actions);
    }

    private Component component(List<Token> words, AddressFamily family) throws DialectParseException {
        Token kw = words.get(0);
        List<Token> values = words.subList(1, words.size()).stream().filter(t -> !t.is("[") && !t.is("]")).toList();
        if (values.isEmpty()) throw kw.error(kw.text() + " needs a value");
        ComponentType type = null;
        for (ComponentType t : ComponentType.values()) if (keyword(t, family).equals(kw.text().toLowerCase(Locale.ROOT))) type = t;
        if (type == null) throw kw.error("unknown match condition '" + kw.text() + "'");
        if (type.kind() == ComponentType.Kind.PREFIX) {
            int offset = 0;
            if (values.size() == 3 && values.get(1).is("prefix-offset")) offset = (int) number(values.get(1), values.get(2).text());
            else if (values.size() != 1) throw values.get(0).error("expected a prefix, optionally with prefix-offset N");
            try {
                return new PrefixComponent(type, IpPrefix.parse(values.get(0).text()), offset);
            } catch (IllegalArgumentException e) {
                throw values.get(0).error(e.getMessage());
            }
        }
        if (type == ComponentType.TCP_FLAGS) {
            if (values.size() != 1) throw values.get(0).error("tcp-flags takes one quoted expression");
            return FlagExpressions.parse(values.get(0));
        }
        if (type == ComponentType.FRAGMENT) return FragmentLists.parse(values);
        List<long[]> ranges = new ArrayList<>();
        for (Token v : values) ranges.add(Ranges.parseItem(type, v));
        return Ranges.toComponent(type, ranges);
    }

    private static long number(Token kw, String arg) throws DialectParseException {
        var v = arg == null ? java.util.OptionalLong.empty() : Names.number(arg);
        if (v.isEmpty()) throw kw.error(kw.text() + " needs a number");
        return v.getAsLong();
    }

    /** Bits per second with an optional k, m or g suffix (powers of 1000). */
    private static double bits(Token kw, String arg) throws DialectParseException {
        if (arg == null) throw kw.error("rate-limit needs a rate");
        String s = arg.toLowerCase(Locale.ROOT);
        double scale = switch (s.charAt(s.length() - 1)) {
            case 'k' -> 1e3;
            case 'm' -> 1e6;
            case 'g' -> 1e9;
            default -> 1;
        };
        if (scale != 1) s = s.substring(0, s.length() - 1);
        try {
            return Double.parseDouble(s) * scale;
        } catch (NumberFormatException e) {
            throw kw.error("'" + arg + "' is not a rate in bits per second");
        }
    }
}

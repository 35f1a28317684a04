package org.flowbench.flowspec.dialect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * GoBGP CLI lines: {@code gobgp global rib -a ipv4-flowspec add match ... then ...}. GoBGP still encodes
 * {@code true} as 000 and {@code false} as 111 (draft-06 values), so RFC 8955's true is written {@code false}
 * and read back the same way: the wire bytes stay what the rule means. GoBGP has no packet rate.
 */
public final class GobgpDialect implements Dialect {
    private static final String COMMAND = "gobgp global rib -a ";
    private static final Map<String, ComponentType> KEYWORDS = Map.ofEntries(
            Map.entry("destination", ComponentType.DESTINATION_PREFIX), Map.entry("source", ComponentType.SOURCE_PREFIX),
            Map.entry("protocol", ComponentType.IP_PROTOCOL), Map.entry("port", ComponentType.PORT),
            Map.entry("destination-port", ComponentType.DESTINATION_PORT), Map.entry("source-port", ComponentType.SOURCE_PORT),
            Map.entry("icmp-type", ComponentType.ICMP_TYPE), Map.entry("icmp-code", ComponentType.ICMP_CODE),
            Map.entry("tcp-flags", ComponentType.TCP_FLAGS), Map.entry("packet-length", ComponentType.PACKET_LENGTH),
            Map.entry("dscp", ComponentType.DSCP), Map.entry("fragment", ComponentType.FRAGMENT), Map.entry("label", ComponentType.FLOW_LABEL));

    @Override
    public String name() { return "gobgp"; }

    @Override
    public boolean canWrite() { return true; }

    @Override
    public String write(RuleSet rules) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < rules.rules().size(); i++) {
            FlowspecRule r = rules.rules().get(i);
            String name = r.name() == null ? "rule " + (i + 1) : r.name();
            if (r.name() != null) sb.append("# ").append(r.name().replace('\n', ' ')).append('\n');
            sb.append(COMMAND).append(r.family() == AddressFamily.IPV4 ? "ipv4" : "ipv6").append("-flowspec add match");
            for (Component c : r.componentsInTypeOrder()) {
                String kw = keyword(c.type());
                if (c instanceof PrefixComponent p) {
                    sb.append(' ').append(kw).append(' ').append(p.prefix());
                    if (r.family() == AddressFamily.IPV6 && p.offset() != 0) sb.append(' ').append(p.offset());
                } else if (c instanceof NumericComponent n) {
                    sb.append(' ').append(kw).append(" '").append(TermSyntax.formatNumeric(n, TermSyntax.GOBGP, name)).append('\'');
                } else {
                    sb.append(' ').append(kw).append(" '").append(TermSyntax.formatBitmask((BitmaskComponent) c, TermSyntax.GOBGP, name)).append('\'');
                }
            }
            sb.append(" then");
            if (r.actions().isEmpty()) sb.append(" accept");
            for (Action a : r.actions()) sb.append(' ').append(action(a, name));
            sb.append('\n');
        }
        return sb.toString();
    }

    private String action(Action a, String rule) {
        if (a instanceof TrafficRateBytes t) {
            if (t.isDiscard()) return "discard";
            float rate = t.bytesPerSecond();
            String text = rate == Math.rint(rate) && Math.abs(rate) < 1e15 ? Long.toString((long) rate) : Float.toString(rate);
            return "rate-limit " + text + (t.informativeAs() != 0 ? " as " + t.informativeAs() : "");
        }
        if (a instanceof TrafficRatePackets) throw new UnsupportedRuleException(name(), rule, "a packet rate (GoBGP has byte rates only)");
        if (a instanceof TrafficAction t) {
            if (!t.sample() && !t.terminal()) throw new UnsupportedRuleException(name(), rule, "a traffic-action with neither bit set");
            return "action " + (t.sample() && t.terminal() ? "sample-terminal" : t.sample() ? "sample" : "terminal");
        }
        if (a instanceof Redirect r) return "redirect " + r.target();
        return "mark " + ((TrafficMarking) a).dscp();
    }

    private static String keyword(ComponentType type) {
        return KEYWORDS.entrySet().stream().filter(e -> e.getValue() == type).findFirst().orElseThrow().getKey();
    }

    @Override
    public RuleSet read(String text) throws DialectParseException {
        List<FlowspecRule> rules = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        var names = BirdDialect.commentNames(text);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            if (line.isBlank() || line.strip().startsWith("#")) continue;
            rules.add(line(ShellWords.split(line, n + 1)).withName(names.get(n + 1)));
        }
        return new RuleSet(rules);
    }

    private FlowspecRule line(List<Token> words) throws DialectParseException {
        int i = 0;
        for (String w : new String[] {"gobgp", "global", "rib", "-a"}) {
            if (i >= words.size() || !words.get(i).is(w)) throw at(words, i).error("expected '" + w + "' (gobgp global rib -a ipv4-flowspec add match ... then ...)");
            i++;
        }
        Token afi = at(words, i++);
        AddressFamily family = switch (afi.text()) {
            case "ipv4-flowspec" -> AddressFamily.IPV4;
            case "ipv6-flowspec" -> AddressFamily.IPV6;
            default -> throw afi.error("expected ipv4-flowspec or ipv6-flowspec");
        };
        if (!at(words, i).is("add")) throw at(words, i).error("expected 'add'");
        if (!at(words, ++i).is("match")) throw at(words, i).error("expected 'match'");
        i++;
        List<Component> components = new ArrayList<>();
        while (i < words.size() && !words.get(i).is("then")) {
            Token kw = words.get(i++);
            ComponentType type = KEYWORDS.get(kw.text().toLowerCase(Locale.ROOT));
            if (type == null) throw kw.error("unknown match condition '" + kw.text() + "'");
            List<Token> values = new ArrayList<>();
            while (i < words.size() && !words.get(i).is("then") && !KEYWORDS.containsKey(words.get(i).text().toLowerCase(Locale.ROOT))) {
                Token v = words.get(i++);
                for (String part : v.text().trim().split("\\s+")) if (!part.isEmpty()) values.add(new Token(part, v.line(), v.column()));
            }
            if (values.isEmpty()) throw kw.error(kw.text() + " needs a value");
            components.add(component(type, kw, values));
        }
        if (i >= words.size()) throw at(words, i).error("expected 'then' and actions");
        i++;
        List<Action> actions = new ArrayList<>();
        while (i < words.size()) {
            Token kw = words.get(i++);
            try {
                switch (kw.text()) {
                    case "accept" -> { }
                    case "discard" -> actions.add(TrafficRateBytes.discard());
                    case "rate-limit" -> {
                        float rate = Float.parseFloat(at(words, i++).text());
                        int as = 0;
                        if (i < words.size() && words.get(i).is("as")) {
                            as = Integer.parseInt(at(words, i + 1).text());
                            i += 2;
                        }
                        actions.add(new TrafficRateBytes(as, rate));
                    }
                    case "redirect" -> actions.add(new Redirect(RouteTarget.parse(at(words, i++).text())));
                    case "mark" -> actions.add(new TrafficMarking(Integer.parseInt(at(words, i++).text())));
                    case "action" -> {
                        Token vt = at(words, i++);
                        String v = vt.text();
                        if (!v.equals("sample") && !v.equals("terminal") && !v.equals("sample-terminal")) throw vt.error("expected sample, terminal or sample-terminal");
                        actions.add(new TrafficAction(v.contains("sample"), v.contains("terminal")));
                    }
                    default -> throw kw.error("unknown action '" + kw.text() + "'");
                }
            } catch (IllegalArgumentException e) {
                throw words.get(Math.min(i, words.size()) - 1).error(e.getMessage());
            }
        }
        return new FlowspecRule(null, family, components, actions);
    }

    private static Component component(ComponentType type, Token kw, List<Token> values) throws DialectParseException {
        if (type.kind() == ComponentType.Kind.PREFIX) {
            if (values.size() >= 2 && Names.number(values.get(1).text()).isEmpty()) {
                throw values.get(1).error("'" + values.get(1).text() + "' is neither a prefix offset nor a match condition");
            }
            if (values.size() > 2) throw values.get(2).error("expected a prefix and an optional offset");
            int offset = values.size() == 2 ? (int) Names.number(values.get(1).text()).getAsLong() : 0;
            try {
                return new PrefixComponent(type, IpPrefix.parse(values.get(0).text()), offset);
            } catch (IllegalArgumentException e) {
                throw values.get(0).error(e.getMessage());
            }
        }
        if (type.kind() == ComponentType.Kind.NUMERIC) return TermSyntax.parseNumeric(type, kw, values, TermSyntax.GOBGP);
        return TermSyntax.parseBitmask(type, kw, values, TermSyntax.GOBGP);
    }

    private static Token at(List<Token> words, int i) {
        if (i < words.size()) return words.get(i);
        Token last = words.isEmpty() ? new Token("", 1, 1) : words.get(words.size() - 1);
        return new Token("end of line", last.line(), last.column() + last.text().length());
    }
}

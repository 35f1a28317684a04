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
import org.flowbench.flowspec.TrafficAction;
import org.flowbench.flowspec.TrafficMarking;
import org.flowbench.flowspec.TrafficRateBytes;
import org.flowbench.flowspec.TrafficRatePackets;

/**
 * The {@code match { ... } then { ... }} body ExaBGP 4.2 uses in its configuration and its API. ExaBGP has no
 * packet rate, an integer byte rate, and no IPv4-address route targets (4.2 refuses them as deprecated).
 */
final class ExabgpSyntax {
    static final String PUNCTUATION = "{};[]";

    private ExabgpSyntax() {}

    static String keyword(ComponentType type, AddressFamily family) {
        return switch (type) {
            case DESTINATION_PREFIX -> "destination";
            case SOURCE_PREFIX -> "source";
            case IP_PROTOCOL -> family == AddressFamily.IPV6 ? "next-header" : "protocol";
            case PORT -> "port";
            case DESTINATION_PORT -> "destination-port";
            case SOURCE_PORT -> "source-port";
            case ICMP_TYPE -> "icmp-type";
            case ICMP_CODE -> "icmp-code";
            case TCP_FLAGS -> "tcp-flags";
            case PACKET_LENGTH -> "packet-length";
            case DSCP -> family == AddressFamily.IPV6 ? "traffic-class" : "dscp";
            case FRAGMENT -> "fragment";
            case FLOW_LABEL -> "flow-label";
        };
    }

    /** Statements inside {@code match { }}, one per component. */
    static List<String> matchStatements(FlowspecRule rule, String dialect, String name) {
        boolean familyVisible = rule.family() == AddressFamily.IPV4;
        List<String> out = new ArrayList<>();
        for (Component c : rule.componentsInTypeOrder()) {
            String kw = keyword(c.type(), rule.family());
            if (c instanceof PrefixComponent p) {
                familyVisible = true;
                out.add(kw + " " + p.prefix() + (rule.family() == AddressFamily.IPV6 ? "/" + p.offset() : ""));
            } else if (c instanceof NumericComponent n) {
                if (c.type() == ComponentType.IP_PROTOCOL || c.type() == ComponentType.DSCP || c.type() == ComponentType.FLOW_LABEL) familyVisible = true;
                out.add(kw + " " + bracket(TermSyntax.formatNumeric(n, TermSyntax.EXABGP.withDialect(dialect), name)));
            } else {
                out.add(kw + " " + bracket(TermSyntax.formatBitmask((BitmaskComponent) c, TermSyntax.EXABGP.withDialect(dialect), name)));
            }
        }
        if (!familyVisible) {
            throw new UnsupportedRuleException(dialect, name,
                    "an IPv6 rule needs a prefix, next-header, traffic-class or flow-label for ExaBGP to see its family");
        }
        return out;
    }

    private static String bracket(String items) { return items.indexOf(' ') < 0 ? items : "[ " + items + " ]"; }

    /** Statements inside {@code then { }}; none means accept, which ExaBGP spells {@code accept}. */
    static List<String> thenStatements(FlowspecRule rule, String dialect, String name) {
        List<String> out = new ArrayList<>();
        for (Action a : rule.actions()) {
            if (a instanceof TrafficRateBytes r) {
                if (r.informativeAs() != 0) throw new UnsupportedRuleException(dialect, name, "an informative AS on the rate");
                float rate = r.bytesPerSecond();
                if (rate != Math.rint(rate) || rate > 1e12f) throw new UnsupportedRuleException(dialect, name, "a rate that is not a whole number of bytes/s up to 1e12: " + rate);
                out.add(rate == 0f ? "discard" : "rate-limit " + (long) rate);
            } else if (a instanceof TrafficRatePackets) {
                throw new UnsupportedRuleException(dialect, name, "a packet rate (ExaBGP 4.2 has byte rates only)");
            } else if (a instanceof TrafficAction t) {
                if (!t.sample() && !t.terminal()) throw new UnsupportedRuleException(dialect, name, "a traffic-action with neither bit set");
                out.add("action " + (t.sample() && t.terminal() ? "sample-terminal" : t.sample() ? "sample" : "terminal"));
            } else if (a instanceof Redirect r) {
                if (r.target().format() == RouteTarget.Format.IPV4) throw new UnsupportedRuleException(dialect, name, "an IPv4-address route target");
                out.add("redirect " + r.target());
            } else if (a instanceof TrafficMarking m) {
                out.add("mark " + m.dscp());
            }
        }
        if (out.isEmpty()) out.add("accept");
        return out;
    }

    /** Reads {@code match { ... } then { ... }} (then optional) after the route's opening brace, up to its closing one. */
    static FlowspecRule readBody(Tokens tokens, String name, Token where) throws DialectParseException {
        List<Component> components = new ArrayList<>();
        List<Action> actions = new ArrayList<>();
        boolean v6 = false;
        while (!tokens.peek().is("}")) {
            Token section = tokens.take();
            if (section.is("match")) {
                tokens.expect("{");
                while (!tokens.accept("}")) {
                    Token kw = tokens.take();
                    List<Token> values = values(tokens);
                    Component c = component(kw, values);
                    if (c instanceof PrefixComponent p && p.prefix().family() == AddressFamily.IPV6) v6 = true;
                    String k = kw.text().toLowerCase(Locale.ROOT);
                    if (k.equals("next-header") || k.equals("flow-label") || k.equals("traffic-class")) v6 = true;
                    components.add(c);
                }
            } else if (section.is("then")) {
                tokens.expect("{");
                while (!tokens.accept("}")) {
                    List<Token> words = tokens.statement();
                    if (words.isEmpty()) continue;
                    Action a = action(words);
                    if (a != null) actions.add(a);
                }
            } else {
                throw section.error("expected 'match' or 'then' but found '" + section.text() + "'");
            }
        }
        tokens.expect("}");
        if (components.isEmpty()) throw where.error("the route has no match conditions");
        return new FlowspecRule(name, v6 ? AddressFamily.IPV6 : AddressFamily.IPV4, components, actions);
    }

    private static List<Token> values(Tokens tokens) throws DialectParseException {
        List<Token> values = new ArrayList<>();
        while (!tokens.accept(";")) {
            Token t = tokens.take();
            if (t.is("[") || t.is("]")) continue;
            if (t.is("{") || t.is("}")) throw t.error("expected ';' before '" + t.text() + "'");
            values.add(t);
        }
        return values;
    }

    private static Component component(Token kw, List<Token> values) throws DialectParseException {
        ComponentType type = componentType(kw.text().toLowerCase(Locale.ROOT));
        if (type == null) throw kw.error("unknown match condition '" + kw.text() + "'");
        if (type.kind() == ComponentType.Kind.PREFIX) {
            if (values.size() != 1) throw kw.error(kw.text() + " takes one prefix");
            return prefix(type, values.get(0));
        }
        if (type.kind() == ComponentType.Kind.NUMERIC) return TermSyntax.parseNumeric(type, kw, values, TermSyntax.EXABGP);
        return TermSyntax.parseBitmask(type, kw, values, TermSyntax.EXABGP);
    }

    /** The component an ExaBGP match keyword names (our JSON files use the same words); null for none. */
    static ComponentType componentType(String keyword) {
        return switch (keyword) {
            case "destination" -> ComponentType.DESTINATION_PREFIX;
            case "source" -> ComponentType.SOURCE_PREFIX;
            case "protocol", "next-header" -> ComponentType.IP_PROTOCOL;
            case "port" -> ComponentType.PORT;
            case "destination-port" -> ComponentType.DESTINATION_PORT;
            case "source-port" -> ComponentType.SOURCE_PORT;
            case "icmp-type" -> ComponentType.ICMP_TYPE;
            case "icmp-code" -> ComponentType.ICMP_CODE;
            case "tcp-flags" -> ComponentType.TCP_FLAGS;
            case "packet-length" -> ComponentType.PACKET_LENGTH;
            case "dscp", "traffic-class" -> ComponentType.DSCP;
            case "fragment" -> ComponentType.FRAGMENT;
            case "flow-label" -> ComponentType.FLOW_LABEL;
            default -> null;
        };
    }

    /** {@code a.b.c.d/len} or {@code x::/len/offset}. */
    static PrefixComponent prefix(ComponentType type, Token t) throws DialectParseException {
        String s = t.text();
        int offset = 0;
        String[] parts = s.split("/");
        try {
            if (parts.length == 3) {
                offset = Integer.parseInt(parts[2]);
                s = parts[0] + "/" + parts[1];
            }
            return new PrefixComponent(type, IpPrefix.parse(s), offset);
        } catch (IllegalArgumentException e) {
            throw t.error(e.getMessage());
        }
    }

    private static Action action(List<Token> words) throws DialectParseException {
        Token kw = words.get(0);
        if (words.size() > 2) throw words.get(2).error("unexpected '" + words.get(2).text() + "' after " + kw.text() + " " + words.get(1).text());
        String arg = words.size() > 1 ? words.get(1).text() : null;
        try {
            switch (kw.text().toLowerCase(Locale.ROOT)) {
                case "accept":
                    return null;
                case "discard":
                    return TrafficRateBytes.discard();
                case "rate-limit":
                    return TrafficRateBytes.of(Float.parseFloat(required(kw, arg)));
                case "redirect":
                    return new Redirect(RouteTarget.parse(required(kw, arg)));
                case "mark":
                    return new TrafficMarking(Integer.parseInt(required(kw, arg)));
                case "action": {
                    String v = required(kw, arg).toLowerCase(Locale.ROOT);
                    if (!v.equals("sample") && !v.equals("terminal") && !v.equals("sample-terminal")) throw words.get(1).error("expected sample, terminal or sample-terminal");
                    return new TrafficAction(v.contains("sample"), v.contains("terminal"));
                }
                default:
                    throw kw.error("unknown action '" + kw.text() + "'");
            }
        } catch (NumberFormatException e) {
            throw words.get(1).error("'" + arg + "' is not a number");
        } catch (IllegalArgumentException e) {
            throw words.get(1).error(e.getMessage());
        }
    }

    private static String required(Token kw, String arg) throws DialectParseException {
        if (arg == null) throw kw.error(kw.text() + " needs a value");
        return arg;
    }
}

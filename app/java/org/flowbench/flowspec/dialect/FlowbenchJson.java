package org.flowbench.flowspec.dialect;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.flowbench.flowspec.Action;
import org.flowbench.flowspec.AddressFamily;
import org.flowbench.flowspec.BitmaskComponent;
import org.flowbench.flowspec.Component;
import org.flowbench.flowspec.ComponentType;
import org.flowbench.flowspec.FlowspecRule;
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
 * Flowbench's own rule file (decision 0121): JSON with ExaBGP's match keywords and operator syntax, an explicit
 * family, and every action of RFC 8955 including packet rates and a traffic-action with no bit set. Example:
 * <pre>
 * {"flowbench-flowspec": 1, "rules": [
 *   {"name": "ntp", "family": "ipv4",
 *    "match": {"destination": "198.51.100.10/32", "protocol": "=udp", "source-port": "=123"},
 *    "then": {"discard": true}}]}
 * </pre>
 */
public final class FlowbenchJson implements Dialect {
    static final String VERSION_KEY = "flowbench-flowspec";
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final JsonFactory FACTORY = JsonFactory.builder().enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    @Override
    public String name() { return "json"; }

    @Override
    public boolean canWrite() { return true; }

    @Override
    public String write(RuleSet rules) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put(VERSION_KEY, 1);
        ArrayNode array = root.putArray("rules");
        for (int i = 0; i < rules.rules().size(); i++) {
            FlowspecRule r = rules.rules().get(i);
            String name = r.name() == null ? "rule " + (i + 1) : r.name();
            ObjectNode node = array.addObject();
            if (r.name() != null) node.put("name", r.name());
            node.put("family", r.family() == AddressFamily.IPV4 ? "ipv4" : "ipv6");
            ObjectNode match = node.putObject("match");
            for (Component c : r.components()) {
                String kw = ExabgpSyntax.keyword(c.type(), r.family());
                if (match.has(kw)) throw new UnsupportedRuleException(name(), name, c.type().label() + " given twice");
                if (c instanceof PrefixComponent p) {
                    match.put(kw, p.prefix().toString());
                    if (p.offset() != 0) match.put(kw + "-offset", p.offset());
                } else if (c instanceof NumericComponent n) {
                    match.put(kw, TermSyntax.formatNumeric(n, TermSyntax.EXABGP.withDialect(name()), name));
                } else {
                    match.put(kw, TermSyntax.formatBitmask((BitmaskComponent) c, TermSyntax.EXABGP.withDialect(name()), name));
                }
            }
            ObjectNode then = node.putObject("then");
            for (Action a : r.actions()) then(then, a, name);
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void then(ObjectNode then, Action a, String rule) {
        String key = a instanceof TrafficRateBytes t ? (t.isDiscard() ? "discard" : "rate-limit-bytes")
                : a instanceof TrafficRatePackets ? "rate-limit-packets"
                : a instanceof TrafficAction ? "action" : a instanceof Redirect ? "redirect" : "mark";
        boolean rate = a instanceof TrafficRateBytes || a instanceof TrafficRatePackets;
        if (then.has(key) || (rate && (then.has("discard") || then.has("rate-limit-bytes")) && a instanceof TrafficRateBytes)) {
            throw new UnsupportedRuleException(name(), rule, "two " + key + " actions");
        }
        int as = a instanceof TrafficRateBytes t ? t.informativeAs() : a instanceof TrafficRatePackets t ? t.informativeAs() : 0;
        if (as != 0) {
            if (then.has("rate-as") && then.get("rate-as").asInt() != as) throw new UnsupportedRuleException(name(), rule, "two informative AS numbers");
            then.put("rate-as", as);
        }
        if (a instanceof TrafficRateBytes t) {
            if (t.isDiscard()) then.put(key, true);
            else then.put(key, t.bytesPerSecond());
        } else if (a instanceof TrafficRatePackets t) {
            then.put(key, t.packetsPerSecond());
        } else if (a instanceof TrafficAction t) {
            then.put(key, t.sample() && t.terminal() ? "sample-terminal" : t.sample() ? "sample" : t.terminal() ? "terminal" : "none");
        } else if (a instanceof Redirect r) {
            then.put(key, r.target().toString());
        } else {
            then.put(key, ((TrafficMarking) a).dscp());
        }
    }

    @Override
    public RuleSet read(String text) throws DialectParseException {
        try (JsonParser p = FACTORY.createParser(text)) {
            expect(p, JsonToken.START_OBJECT, "a JSON object");
            List<FlowspecRule> rules = new ArrayList<>();
            boolean versioned = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                Token at = token(p, field);
                p.nextToken();
                if (field.equals(VERSION_KEY)) {
                    if (p.getValueAsInt(-1) != 1) throw at.error("only version 1 of the format is known");
                    versioned = true;
                } else if (field.equals("rules")) {
                    if (p.currentToken() != JsonToken.START_ARRAY) throw at.error("rules must be an array");
                    while (p.nextToken() == JsonToken.START_OBJECT) rules.add(rule(p));
                    if (p.currentToken() != JsonToken.END_ARRAY) throw token(p, "").error("expected a rule object");
                } else {
                    throw at.error("unknown field '" + field + "' (expected " + VERSION_KEY + " and rules)");
                }
            }
            if (!versioned) throw new DialectParseException("missing \"" + VERSION_KEY + "\": 1", 1, 1);
            return new RuleSet(rules);
        } catch (JsonProcessingException e) {
            JsonLocation l = e.getLocation();
            throw new DialectParseException(e.getOriginalMessage(), l == null ? 0 : l.getLineNr(), l == null ? 0 : l.getColumnNr());
        } catch (IOException e) {
            throw new DialectParseException(e.getMessage(), 0, 0);
        }
    }

    private record Entry(Token key, Token value) {}

    private FlowspecRule rule(JsonParser p) throws IOException, DialectParseException {
        Token start = token(p, "{");
        String name = null;
        AddressFamily family = null;
        List<Entry> match = new ArrayList<>();
        List<Entry> then = new ArrayList<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            Token key = token(p, p.currentName());
            p.nextToken();
            switch (key.text()) {
                case "name" -> name = scalar(p, key).text();
                case "family" -> {
                    Token v = scalar(p, key);
                    family = switch (v.text().toLowerCase(Locale.ROOT)) {
                        case "ipv4" -> AddressFamily.IPV4;
                        case "ipv6" -> AddressFamily.IPV6;
                        default -> throw v.error("family is ipv4 or ipv6, not '" + v.text() + "'");
                    };
                }
                case "match" -> entries(p, key, match);
                case "then" -> entries(p, key, then);
                default -> throw key.error("unknown field '" + key.text() + "' (expected name, family, match, then)");
            }
        }
        if (family == null) throw start.error("the rule needs \"family\": \"ipv4\" or \"ipv6\"");
        List<Component> components = new ArrayList<>();
        for (Entry e : match) {
            if (e.key().text().endsWith("-offset")) continue;
            components.add(component(e, match));
        }
        List<Action> actions = new ArrayList<>();
        int rateAs = 0;
        for (Entry e : then) if (e.key().is("rate-as")) rateAs = (int) number(e);
        for (Entry e : then) {
            if (e.key().is("rate-as")) continue;
            actions.add(action(e, rateAs));
        }
        return new FlowspecRule(name, family, components, actions);
    }

    private static void entries(JsonParser p, Token key, List<Entry> out) throws IOException, DialectParseException {
        if (p.currentToken() != JsonToken.START_OBJECT) throw key.error(key.text() + " must be an object");
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            Token k = token(p, p.currentName());
            p.nextToken();
            if (p.currentToken() == JsonToken.START_ARRAY) {
                StringBuilder items = new StringBuilder();
                Token first = null;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    Token item = scalar(p, k);
                    if (first == null) first = item;
                    items.append(items.length() > 0 ? " " : "").append(item.text());
                }
                out.add(new Entry(k, new Token(items.toString(), first == null ? k.line() : first.line(), first == null ? k.column() : first.column())));
            } else {
                out.add(new Entry(k, scalar(p, k)));
            }
        }
    }

    private static Component component(Entry e, List<Entry> all) throws DialectParseException {
        Token kw = e.key();
        ComponentType type = ExabgpSyntax.componentType(kw.text());
        if (type == null) throw kw.error("unknown match key '" + kw.text() + "'");
        if (type.kind() == ComponentType.Kind.PREFIX) {
            PrefixComponent p = ExabgpSyntax.prefix(type, e.value());
            for (Entry o : all) if (o.key().text().equals(kw.text() + "-offset")) p = p.withOffset((int) number(o));
            return p;
        }
        List<Token> items = new ArrayList<>();
        for (String part : e.value().text().trim().split("\\s+")) if (!part.isEmpty()) items.add(new Token(part, e.value().line(), e.value().column()));
        if (type.kind() == ComponentType.Kind.NUMERIC) return TermSyntax.parseNumeric(type, kw, items, TermSyntax.EXABGP);
        return TermSyntax.parseBitmask(type, kw, items, TermSyntax.EXABGP);
    }

    private static Action action(Entry e, int rateAs) throws DialectParseException {
        Token v = e.value();
        try {
            return switch (e.key().text()) {
                case "discard" -> {
                    if (!v.is("true")) throw v.error("discard takes true");
                    yield new TrafficRateBytes(rateAs, 0f);
                }
                case "rate-limit-bytes" -> new TrafficRateBytes(rateAs, Float.parseFloat(v.text()));
                case "rate-limit-packets" -> new TrafficRatePackets(rateAs, Float.parseFloat(v.text()));
                case "action" -> switch (v.text()) {
                    case "none" -> new TrafficAction(false, false);
                    case "sample" -> new TrafficAction(true, false);
                    case "terminal" -> new TrafficAction(false, true);
                    case "sample-terminal" -> new TrafficAction(true, true);
                    default -> throw v.error("action is none, sample, terminal or sample-terminal");
                };
                case "redirect" -> new Redirect(RouteTarget.parse(v.text()));
                case "mark" -> new TrafficMarking((int) number(e));
                default -> throw e.key().error("unknown action '" + e.key().text() + "'");
            };
        } catch (NumberFormatException ex) {
            throw v.error("'" + v.text() + "' is not a number");
        } catch (IllegalArgumentException ex) {
            throw v.error(ex.getMessage());
        }
    }

    private static long number(Entry e) throws DialectParseException {
        try {
            return Long.parseLong(e.value().text());
        } catch (NumberFormatException ex) {
            throw e.value().error(e.key().text() + " must be a whole number, not '" + e.value().text() + "'");
        }
    }

    private static Token scalar(JsonParser p, Token key) throws IOException, DialectParseException {
        JsonToken t = p.currentToken();
        if (t == null || t.isStructStart() || t.isStructEnd() || t == JsonToken.VALUE_NULL) throw token(p, "").error(key.text() + " needs a string or number");
        return token(p, p.getText());
    }

    private static Token token(JsonParser p, String text) {
        JsonLocation l = p.currentTokenLocation();
        return new Token(text, l.getLineNr(), l.getColumnNr());
    }

    private static void expect(JsonParser p, JsonToken kind, String what) throws IOException, DialectParseException {
        if (p.nextToken() != kind) throw token(p, "").error("expected " + what);
    }
}

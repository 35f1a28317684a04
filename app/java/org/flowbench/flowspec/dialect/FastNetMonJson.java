package org.flowbench.flowspec.dialect;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
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
 * FastNetMon community's flow_spec_rule_t JSON (one object, or an array of them), read only. The rule is taken
 * as FastNetMon encodes it on the wire (bgp_protocol_flow_spec.cpp): list values ORed as equality terms,
 * TCP flags one term without the match bit (so "syn" also matches SYN-ACK), fragment flags ORed without the
 * match bit; the rate is passed through as bytes/s. Non-Flowspec match fields (VLANs, TTLs, ASNs, interfaces)
 * are refused when not empty, since dropping them would widen the rule.
 */
public final class FastNetMonJson implements Dialect {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final List<String> NOT_FLOWSPEC = List.of("vlans", "ttls", "source_asns", "destination_asns", "interfaces", "agent_addresses");

    @Override
    public String name() { return "fastnetmon"; }

    @Override
    public boolean canWrite() { return false; }

    @Override
    public String write(RuleSet rules) {
        throw new UnsupportedOperationException("FastNetMon JSON is read only");
    }

    @Override
    public RuleSet read(String text) throws DialectParseException {
        List<FlowspecRule> rules = new ArrayList<>();
        try (JsonParser p = MAPPER.getFactory().createParser(text)) {
            JsonToken first = p.nextToken();
            if (first == JsonToken.START_OBJECT) {
                rules.add(rule(p));
            } else if (first == JsonToken.START_ARRAY) {
                while (p.nextToken() == JsonToken.START_OBJECT) rules.add(rule(p));
            } else {
                throw at(p).error("expected a rule object or an array of them");
            }
        } catch (JsonProcessingException e) {
            JsonLocation l = e.getLocation();
            throw new DialectParseException(e.getOriginalMessage(), l == null ? 0 : l.getLineNr(), l == null ? 0 : l.getColumnNr());
        } catch (IOException e) {
            throw new DialectParseException(e.getMessage(), 0, 0);
        }
        return new RuleSet(rules);
    }

    private static Token at(JsonParser p) {
        JsonLocation l = p.currentTokenLocation();
        return new Token("", l.getLineNr(), l.getColumnNr());
    }

    private FlowspecRule rule(JsonParser p) throws IOException, DialectParseException {
        Token where = at(p);
        JsonNode n = p.readValueAsTree();
        for (String f : NOT_FLOWSPEC) {
            if (n.has(f) && n.get(f).size() > 0) throw where.error("field " + f + " has no Flowspec equivalent");
        }
        List<Component> components = new ArrayList<>();
        AddressFamily family = AddressFamily.IPV4;
        for (String f : List.of("destination_prefix", "source_prefix")) {
            if (!n.hasNonNull(f) || n.get(f).asText().isEmpty()) continue;
            try {
                IpPrefix prefix = IpPrefix.parse(n.get(f).asText());
                family = prefix.family();
                components.add(new PrefixComponent(f.startsWith("dest") ? ComponentType.DESTINATION_PREFIX : ComponentType.SOURCE_PREFIX, prefix, 0));
            } catch (IllegalArgumentException e) {
                throw where.error(f + ": " + e.getMessage());
            }
        }
        numbers(n, "protocols", ComponentType.IP_PROTOCOL, components, where);
        numbers(n, "destination_ports", ComponentType.DESTINATION_PORT, components, where);
        numbers(n, "source_ports", ComponentType.SOURCE_PORT, components, where);
        numbers(n, "packet_lengths", ComponentType.PACKET_LENGTH, components, where);
        if (n.has("tcp_flags") && n.get("tcp_flags").size() > 0) {
            int bits = 0;
            for (JsonNode f : n.get("tcp_flags")) {
                var v = Names.tcpFlag(f.asText());
                if (v.isEmpty()) throw where.error("tcp_flags: unknown flag '" + f.asText() + "'");
                bits |= (int) v.getAsLong();
            }
            components.add(BitmaskComponent.of(ComponentType.TCP_FLAGS, BitmaskTerm.any(bits)));
        }
        if (n.has("fragmentation_flags") && n.get("fragmentation_flags").size() > 0) {
            List<BitmaskTerm> terms = new ArrayList<>();
            for (JsonNode f : n.get("fragmentation_flags")) {
                String name = f.asText();
                if (name.equals("not-a-fragment")) {
                    terms.add(new BitmaskTerm(false, true, false, BitmaskComponent.IS_FRAGMENT));
                    continue;
                }
                var v = Names.fragment(name);
                if (v.isEmpty()) throw where.error("fragmentation_flags: unknown flag '" + name + "'");
                terms.add(BitmaskTerm.any((int) v.getAsLong()));
            }
            components.add(new BitmaskComponent(ComponentType.FRAGMENT, terms));
        }
        if (components.isEmpty()) throw where.error("the rule has no match fields");
        return new FlowspecRule(n.hasNonNull("uuid") ? n.get("uuid").asText() : null, family, components, actions(n, where));
    }

    private static void numbers(JsonNode n, String field, ComponentType type, List<Component> out, Token where) throws DialectParseException {
        if (!n.has(field) || n.get(field).size() == 0) return;
        List<Long> values = new ArrayList<>();
        for (JsonNode v : n.get(field)) {
            if (v.isIntegralNumber()) values.add(v.asLong());
            else if (type == ComponentType.IP_PROTOCOL && Names.protocol(v.asText()).isPresent()) values.add(Names.protocol(v.asText()).getAsLong());
            else throw where.error(field + ": '" + v.asText() + "' is not a number" + (type == ComponentType.IP_PROTOCOL ? " or protocol name" : ""));
        }
        out.add(NumericComponent.anyOf(type, values.stream().mapToLong(Long::longValue).toArray()));
    }

    private static List<Action> actions(JsonNode n, Token where) throws DialectParseException {
        String type = n.path("action_type").asText("accept");
        JsonNode a = n.path("action");
        return switch (type) {
            case "accept" -> List.of();
            case "discard" -> List.of(TrafficRateBytes.discard());
            case "rate-limit" -> {
                if (!a.path("rate").isNumber()) throw where.error("rate-limit needs action.rate");
                yield List.of(TrafficRateBytes.of((float) a.get("rate").asDouble()));
            }
            case "redirect" -> {
                long as = a.path("redirect_target_as").asLong(-1), value = a.path("redirect_target_value").asLong(-1);
                if (as < 0 || value < 0) throw where.error("redirect needs action.redirect_target_as and redirect_target_value");
                yield List.of(new Redirect(new RouteTarget(RouteTarget.Format.AS2, as, value)));
            }
            case "mark" -> {
                if (!a.path("mark_value").isIntegralNumber()) throw where.error("mark needs action.mark_value");
                yield List.of(new TrafficMarking(a.get("mark_value").asInt()));
            }
            default -> throw where.error("unknown action_type '" + type + "'");
        };
    }
}

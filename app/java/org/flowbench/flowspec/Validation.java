package org.flowbench.flowspec;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongPredicate;

/**
 * Checks rules against RFC 8955/8956 and for combinations that can never match. Errors make a rule unfit for
 * export; warnings point at rules a router accepts but that likely do not do what was meant.
 */
public final class Validation {
    private static final int TCP = 6, UDP = 17;

    private Validation() {}

    public static List<Problem> check(RuleSet set) {
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < set.rules().size(); i++) problems.addAll(check(set.rules().get(i), i));
        return problems;
    }

    public static boolean hasErrors(List<Problem> problems) { return problems.stream().anyMatch(Problem::isError); }

    public static List<Problem> check(FlowspecRule rule, int index) {
        Checker c = new Checker(rule, index);
        c.structure();
        rule.components().forEach(c::component);
        c.protocolCoherence();
        c.actions();
        return c.problems;
    }

    private static final class Checker {
        final FlowspecRule rule;
        final int index;
        final List<Problem> problems = new ArrayList<>();

        Checker(FlowspecRule rule, int index) {
            this.rule = rule;
            this.index = index;
        }

        void error(ComponentType type, String message) {
            problems.add(new Problem(Problem.Severity.ERROR, index, rule.name(), type, message));
        }

        void warning(ComponentType type, String message) {
            problems.add(new Problem(Problem.Severity.WARNING, index, rule.name(), type, message));
        }

        void structure() {
            if (rule.components().isEmpty()) error(null, "the rule has no components, so it would match all traffic");
            Set<ComponentType> seen = EnumSet.noneOf(ComponentType.class);
            for (Component c : rule.components()) {
                if (!seen.add(c.type())) error(c.type(), "given twice; each component type may appear once (RFC 8955 section 4.2)");
            }
            if (!rule.components().isEmpty() && rule.destination().isEmpty()) {
                warning(ComponentType.DESTINATION_PREFIX, "missing; receivers that validate Flowspec (RFC 8955 section 6) reject the rule");
            }
        }

        void component(Component c) {
            if (c instanceof PrefixComponent p) prefix(p);
            else if (c instanceof NumericComponent n) numeric(n);
            else bitmask((BitmaskComponent) c);
        }

        void prefix(PrefixComponent p) {
            String familyName = rule.family() == AddressFamily.IPV4 ? "IPv4" : "IPv6";
            if (p.prefix().family() != rule.family()) {
                error(p.type(), p.prefix() + " is not an " + familyName + " prefix, and this is an " + familyName + " rule");
                return;
            }
            if (rule.family() == AddressFamily.IPV4 && p.offset() != 0) error(p.type(), "an offset exists only in IPv6 rules");
            if (rule.family() == AddressFamily.IPV6 && p.offset() != 0 && !(p.offset() >= 0 && p.offset() < p.prefix().length())) {
                error(p.type(), "offset " + p.offset() + " must be below the prefix length " + p.prefix().length() + " (RFC 8956 section 3.1)");
            }
        }

        void numeric(NumericComponent n) {
            ComponentType t = n.type();
            if (t == ComponentType.FLOW_LABEL && rule.family() == AddressFamily.IPV4) {
                error(t, "flow label exists only in IPv6 rules");
            }
            if (n.terms().isEmpty()) {
                error(t, "has no values");
                return;
            }
            if (n.terms().get(0).and()) error(t, "the first term cannot be ANDed with a previous one");
            boolean inRange = true;
            for (NumericTerm term : n.terms()) {
                if (term.value() < 0 || term.value() > t.maxValue()) {
                    error(t, "value " + term.value() + " is outside 0.." + t.maxValue());
                    inRange = false;
                }
            }
            if (inRange && !n.canMatch()) error(t, "the terms " + n.terms() + " contradict each other: no value matches");
        }

        void bitmask(BitmaskComponent b) {
            ComponentType t = b.type();
            if (b.terms().isEmpty()) {
                error(t, "has no values");
                return;
            }
            if (b.terms().get(0).and()) error(t, "the first term cannot be ANDed with a previous one");
            boolean inRange = true;
            for (BitmaskTerm term : b.terms()) {
                if (term.value() < 0 || term.value() > t.maxValue()) {
                    error(t, String.format("bits 0x%x are outside the mask 0x%x", term.value(), t.maxValue()));
                    inRange = false;
                } else if (term.value() == 0) {
                    warning(t, "a term with no bits set is constant (always " + term.not() + ")");
                }
                if (t == ComponentType.FRAGMENT && rule.family() == AddressFamily.IPV6 && (term.value() & BitmaskComponent.DONT_FRAGMENT) != 0) {
                    error(t, "dont-fragment does not exist in IPv6 (RFC 8956 section 3.6)");
                }
            }
            if (inRange && !b.canMatch()) error(t, "the terms " + b.terms() + " contradict each other: no value matches");
        }

        /** Ports, ICMP and TCP flags only match their protocols (RFC 8955 section 4.2.2.4-9). */
        void protocolCoherence() {
            LongPredicate protocol = rule.numeric(ComponentType.IP_PROTOCOL).<LongPredicate>map(n -> n::matches).orElse(v -> true);
            String protoName = rule.family() == AddressFamily.IPV4 ? "protocol" : "next header";
            boolean hasPort = has(ComponentType.PORT) || has(ComponentType.DESTINATION_PORT) || has(ComponentType.SOURCE_PORT);
            boolean hasIcmp = has(ComponentType.ICMP_TYPE) || has(ComponentType.ICMP_CODE);
            if (hasPort && hasIcmp) error(ComponentType.ICMP_TYPE, "ICMP type/code and ports never match together (RFC 8955 section 4.2)");
            for (ComponentType t : List.of(ComponentType.PORT, ComponentType.DESTINATION_PORT, ComponentType.SOURCE_PORT)) {
                if (has(t) && !protocol.test(TCP) && !protocol.test(UDP)) {
                    error(t, "ports match only TCP or UDP, but the " + protoName + " component allows neither");
                }
            }
            if (has(ComponentType.TCP_FLAGS) && !protocol.test(TCP)) {
                error(ComponentType.TCP_FLAGS, "TCP flags match only TCP, but the " + protoName + " component excludes 6 (TCP)");
            }
            int icmp = rule.family().icmpProtocol();
            for (ComponentType t : List.of(ComponentType.ICMP_TYPE, ComponentType.ICMP_CODE)) {
                if (!has(t) || protocol.test(icmp)) continue;
                int other = rule.family() == AddressFamily.IPV4 ? 58 : 1;
                if (protocol.test(other)) {
                    error(t, rule.family() == AddressFamily.IPV6
                            ? "an IPv6 rule matches ICMPv6 (next header 58), not ICMP (1)"
                            : "an IPv4 rule matches ICMP (protocol 1), not ICMPv6 (58)");
                } else {
                    error(t, "ICMP components match only " + (icmp == 1 ? "ICMP (1)" : "ICMPv6 (58)") + ", which the " + protoName + " component excludes");
                }
            }
        }

        private boolean has(ComponentType t) { return rule.component(t).isPresent(); }

        void actions() {
            Set<Class<?>> kinds = new java.util.HashSet<>();
            for (Action a : rule.actions()) {
                if (!kinds.add(a.getClass())) error(null, "two " + kindName(a) + " actions; a rule carries each action once");
                if (a instanceof TrafficRateBytes r) rate(r.bytesPerSecond(), "bytes", r.informativeAs());
                if (a instanceof TrafficRatePackets r) rate(r.packetsPerSecond(), "packets", r.informativeAs());
                if (a instanceof TrafficMarking m && (m.dscp() < 0 || m.dscp() > 63)) error(null, "DSCP " + m.dscp() + " is outside 0..63");
                if (a instanceof Redirect r) {
                    RouteTarget rt = r.target();
                    if (rt.administrator() < 0 || rt.administrator() > rt.maxAdministrator()
                            || rt.assigned() < 0 || rt.assigned() > rt.maxAssigned()) {
                        error(null, "route target " + rt + " does not fit the " + rt.format() + " form (assigned number at most " + rt.maxAssigned() + ")");
                    }
                }
            }
            if (rule.action(TrafficRateBytes.class).isPresent() && rule.action(TrafficRatePackets.class).isPresent()) {
                warning(null, "both a byte and a packet rate: which one applies is up to the router (RFC 8955 section 7.7)");
            }
        }

        private void rate(float value, String unit, int as) {
            if (Float.isNaN(value) || Float.isInfinite(value)) error(null, "the " + unit + " rate is not a number");
            else if (value < 0) error(null, "the " + unit + " rate " + value + " is negative");
            if (as < 0 || as > 0xFFFF) error(null, "the informative AS " + as + " is outside 0..65535");
        }

        private static String kindName(Action a) {
            return a.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase();
        }
    }
}

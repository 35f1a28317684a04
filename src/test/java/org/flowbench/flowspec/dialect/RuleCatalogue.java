package org.flowbench.flowspec.dialect;

import static org.flowbench.flowspec.ComponentType.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flowbench.flowspec.Action;
import org.flowbench.flowspec.AddressFamily;
import org.flowbench.flowspec.BitmaskComponent;
import org.flowbench.flowspec.BitmaskTerm;
import org.flowbench.flowspec.Component;
import org.flowbench.flowspec.FlowspecRule;
import org.flowbench.flowspec.NumericComponent;
import org.flowbench.flowspec.NumericOp;
import org.flowbench.flowspec.NumericTerm;
import org.flowbench.flowspec.PrefixComponent;
import org.flowbench.flowspec.Redirect;
import org.flowbench.flowspec.TrafficAction;
import org.flowbench.flowspec.TrafficMarking;
import org.flowbench.flowspec.TrafficRateBytes;
import org.flowbench.flowspec.TrafficRatePackets;

/** One valid rule per component, operator and action, by name; dialect tests pick what each can express. */
final class RuleCatalogue {
    private RuleCatalogue() {}

    static final Map<String, FlowspecRule> RULES = new LinkedHashMap<>();

    private static final Component DST4 = PrefixComponent.destination("198.51.100.10/32");
    private static final Component UDP = NumericComponent.anyOf(IP_PROTOCOL, 17);
    private static final Component TCP = NumericComponent.anyOf(IP_PROTOCOL, 6);

    private static void v4(String name, List<Action> actions, Component... components) {
        RULES.put(name, new FlowspecRule(name, AddressFamily.IPV4, List.of(components), actions));
    }

    private static void v6(String name, List<Action> actions, Component... components) {
        RULES.put(name, new FlowspecRule(name, AddressFamily.IPV6, List.of(components), actions));
    }

    private static final List<Action> DROP = List.of(TrafficRateBytes.discard());

    static {
        v4("r1-ntp", DROP, DST4, UDP, NumericComponent.anyOf(SOURCE_PORT, 123), NumericComponent.anyOf(PACKET_LENGTH, 468));
        v4("r2-dns-rate", List.of(TrafficRateBytes.of(125000)), PrefixComponent.destination("198.51.100.0/24"), UDP,
                NumericComponent.anyOf(SOURCE_PORT, 53), NumericComponent.range(PACKET_LENGTH, 1476, 1500));
        v4("source-prefix", DROP, DST4, PrefixComponent.source("203.0.113.0/24"));
        v4("proto-list", DROP, DST4, NumericComponent.anyOf(IP_PROTOCOL, 6, 17, 47));
        v4("port-any", DROP, DST4, TCP, NumericComponent.anyOf(PORT, 80, 443));
        v4("dport-ranges", DROP, DST4, TCP, new NumericComponent(DESTINATION_PORT, List.of(NumericTerm.of(NumericOp.GE, 137),
                NumericTerm.and(NumericOp.LE, 139), NumericTerm.of(NumericOp.EQ, 8080))));
        v4("icmp", DROP, DST4, NumericComponent.anyOf(IP_PROTOCOL, 1), NumericComponent.anyOf(ICMP_TYPE, 8), NumericComponent.anyOf(ICMP_CODE, 0));
        v4("dscp", DROP, DST4, NumericComponent.anyOf(DSCP, 46));
        for (NumericOp op : new NumericOp[] {NumericOp.GT, NumericOp.GE, NumericOp.LT, NumericOp.LE, NumericOp.NE}) {
            v4("op-" + op.name().toLowerCase(), DROP, DST4, UDP, NumericComponent.of(SOURCE_PORT, NumericTerm.of(op, 1024)));
        }
        v4("op-and-or", DROP, DST4, UDP, NumericComponent.of(PACKET_LENGTH, NumericTerm.of(NumericOp.GT, 100),
                NumericTerm.and(NumericOp.NE, 200), NumericTerm.and(NumericOp.LT, 1000), NumericTerm.of(NumericOp.GE, 9000)));
        v4("op-true", DROP, DST4, UDP, NumericComponent.of(SOURCE_PORT, NumericTerm.of(NumericOp.TRUE, 0)));
        v4("tcp-syn-match", DROP, DST4, TCP, BitmaskComponent.of(TCP_FLAGS, BitmaskTerm.all(BitmaskComponent.SYN)));
        v4("tcp-syn-not-ack", DROP, DST4, TCP, BitmaskComponent.of(TCP_FLAGS, BitmaskTerm.all(BitmaskComponent.SYN),
                new BitmaskTerm(true, true, false, BitmaskComponent.ACK)));
        v4("tcp-any-fin-rst", DROP, DST4, TCP, BitmaskComponent.of(TCP_FLAGS, BitmaskTerm.any(BitmaskComponent.FIN | BitmaskComponent.RST)));
        v4("tcp-any-single", DROP, DST4, TCP, BitmaskComponent.of(TCP_FLAGS, BitmaskTerm.any(BitmaskComponent.SYN)));
        v4("frag-any-single", DROP, DST4, BitmaskComponent.of(FRAGMENT, BitmaskTerm.any(BitmaskComponent.LAST_FRAGMENT)));
        v4("tcp-not-match", DROP, DST4, TCP, BitmaskComponent.of(TCP_FLAGS, new BitmaskTerm(false, true, true, BitmaskComponent.SYN | BitmaskComponent.ACK)));
        v4("tcp-or", DROP, DST4, TCP, BitmaskComponent.of(TCP_FLAGS, BitmaskTerm.all(BitmaskComponent.SYN), BitmaskTerm.all(BitmaskComponent.RST)));
        v4("frag-is", DROP, DST4, BitmaskComponent.of(FRAGMENT, BitmaskTerm.all(BitmaskComponent.IS_FRAGMENT)));
        v4("frag-not", DROP, DST4, BitmaskComponent.of(FRAGMENT, new BitmaskTerm(false, true, false, BitmaskComponent.IS_FRAGMENT)));
        v4("frag-df-or-ff", DROP, DST4, BitmaskComponent.of(FRAGMENT, BitmaskTerm.all(BitmaskComponent.DONT_FRAGMENT), BitmaskTerm.all(BitmaskComponent.FIRST_FRAGMENT)));
        v4("frag-any-two-bits", DROP, DST4, BitmaskComponent.of(FRAGMENT, BitmaskTerm.any(BitmaskComponent.DONT_FRAGMENT | BitmaskComponent.FIRST_FRAGMENT)));
        v4("accept", List.of(), DST4, UDP);
        v4("rate-packets", List.of(TrafficRatePackets.of(1000)), DST4, UDP);
        v4("rate-fraction", List.of(TrafficRateBytes.of(1000.5f)), DST4, UDP);
        v4("action-sample", List.of(new TrafficAction(true, false)), DST4, UDP);
        v4("action-terminal", List.of(new TrafficAction(false, true), TrafficRateBytes.of(125000)), DST4, UDP);
        v4("action-both", List.of(new TrafficAction(true, true)), DST4, UDP);
        v4("action-none", List.of(new TrafficAction(false, false)), DST4, UDP);
        v4("redirect-as2", List.of(Redirect.to("65000:100")), DST4, UDP);
        v4("redirect-as4", List.of(Redirect.to("4200000000:5")), DST4, UDP);
        v4("redirect-ip", List.of(Redirect.to("192.0.2.1:7")), DST4, UDP);
        v4("mark", List.of(new TrafficMarking(10)), DST4, UDP);
        v4("rate-and-mark", List.of(TrafficRateBytes.of(250000), new TrafficMarking(8)), DST4, UDP);
        v6("v6-basic", DROP, PrefixComponent.destination("2001:db8::/64"), NumericComponent.anyOf(IP_PROTOCOL, 17), NumericComponent.anyOf(SOURCE_PORT, 53));
        v6("v6-offset", DROP, PrefixComponent.destination("2001:db8::/64"), PrefixComponent.source("::1234:5678:9800:0/101").withOffset(64));
        v6("v6-flow-label", DROP, PrefixComponent.destination("2001:db8::1/128"), NumericComponent.anyOf(FLOW_LABEL, 1234));
        v6("v6-flow-label-big", DROP, PrefixComponent.destination("2001:db8::1/128"), NumericComponent.anyOf(FLOW_LABEL, 0x12345));
        v6("v6-icmp", DROP, PrefixComponent.destination("2001:db8::1/128"), NumericComponent.anyOf(IP_PROTOCOL, 58), NumericComponent.anyOf(ICMP_TYPE, 128));
        v6("v6-dscp-frag", DROP, PrefixComponent.destination("2001:db8::/48"), NumericComponent.anyOf(DSCP, 46),
                BitmaskComponent.of(FRAGMENT, BitmaskTerm.all(BitmaskComponent.IS_FRAGMENT)));
    }

    static List<FlowspecRule> except(List<String> excluded) {
        List<FlowspecRule> out = new ArrayList<>();
        for (var e : RULES.entrySet()) if (!excluded.contains(e.getKey())) out.add(e.getValue());
        return out;
    }
}

package org.flowbench.flowspec;

import static org.flowbench.flowspec.ComponentType.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ValidationTest {
    static Stream<Arguments> broken() {
        return Stream.of(
                Arguments.of("no components", FlowspecRule.of(AddressFamily.IPV4, List.of(), List.of()), null, "no components"),
                Arguments.of("twice", Rules.v4().dst("10.0.0.0/8").eq(DESTINATION_PORT, 80).eq(DESTINATION_PORT, 443).eq(IP_PROTOCOL, 6).build(),
                        DESTINATION_PORT, "given twice"),
                Arguments.of("port with icmp", Rules.v4().dst("10.0.0.0/8").eq(IP_PROTOCOL, 1).eq(SOURCE_PORT, 53).build(),
                        SOURCE_PORT, "neither"),
                Arguments.of("port and icmp type", Rules.v4().dst("10.0.0.0/8").eq(PORT, 53).eq(ICMP_TYPE, 8).build(),
                        ICMP_TYPE, "never match together"),
                Arguments.of("icmp in v6", Rules.v6().dst("2001:db8::/32").eq(IP_PROTOCOL, 1).eq(ICMP_TYPE, 128).build(),
                        ICMP_TYPE, "ICMPv6 (next header 58)"),
                Arguments.of("icmpv6 in v4", Rules.v4().dst("10.0.0.0/8").eq(IP_PROTOCOL, 58).eq(ICMP_CODE, 0).build(),
                        ICMP_CODE, "ICMP (protocol 1)"),
                Arguments.of("tcp flags with udp", Rules.v4().dst("10.0.0.0/8").eq(IP_PROTOCOL, 17)
                        .bits(TCP_FLAGS, BitmaskTerm.all(2)).build(), TCP_FLAGS, "excludes 6"),
                Arguments.of("v4 prefix in v6", Rules.v6().dst("10.0.0.0/8").build(), DESTINATION_PREFIX, "not an IPv6 prefix"),
                Arguments.of("offset in v4", Rules.v4().dst("10.0.0.0/8", 4).build(), DESTINATION_PREFIX, "only in IPv6"),
                Arguments.of("offset past length", Rules.v6().dst("2001:db8::/32").src("::/16", 16).build(), SOURCE_PREFIX, "below the prefix length"),
                Arguments.of("flow label in v4", Rules.v4().dst("10.0.0.0/8").eq(FLOW_LABEL, 5).build(), FLOW_LABEL, "only in IPv6"),
                Arguments.of("protocol 300", Rules.v4().dst("10.0.0.0/8").eq(IP_PROTOCOL, 300).build(), IP_PROTOCOL, "outside 0..255"),
                Arguments.of("port 70000", Rules.v4().dst("10.0.0.0/8").eq(IP_PROTOCOL, 6).eq(DESTINATION_PORT, 70000).build(), DESTINATION_PORT, "outside 0..65535"),
                Arguments.of("dscp 64", Rules.v4().dst("10.0.0.0/8").eq(DSCP, 64).build(), DSCP, "outside 0..63"),
                Arguments.of("flow label 2^20", Rules.v6().dst("2001:db8::/32").eq(FLOW_LABEL, 1 << 20).build(), FLOW_LABEL, "outside"),
                Arguments.of("contradiction", Rules.v4().dst("10.0.0.0/8").num(PACKET_LENGTH, NumericTerm.of(NumericOp.GT, 1000),
                        NumericTerm.and(NumericOp.LT, 500)).build(), PACKET_LENGTH, "contradict"),
                Arguments.of("first term and", Rules.v4().dst("10.0.0.0/8").num(PACKET_LENGTH, NumericTerm.and(NumericOp.GT, 1000)).build(),
                        PACKET_LENGTH, "first term"),
                Arguments.of("df in v6", Rules.v6().dst("2001:db8::/32").bits(FRAGMENT, BitmaskTerm.all(1)).build(), FRAGMENT, "does not exist in IPv6"),
                Arguments.of("fragment bits", Rules.v4().dst("10.0.0.0/8").bits(FRAGMENT, BitmaskTerm.all(0x10)).build(), FRAGMENT, "outside the mask"),
                Arguments.of("negative rate", Rules.v4().dst("10.0.0.0/8").then(TrafficRateBytes.of(-5)).build(), null, "negative"),
                Arguments.of("nan rate", Rules.v4().dst("10.0.0.0/8").then(TrafficRatePackets.of(Float.NaN)).build(), null, "not a number"),
                Arguments.of("two rates", Rules.v4().dst("10.0.0.0/8").discard().then(TrafficRateBytes.of(5)).build(), null, "two traffic-rate-bytes"),
                Arguments.of("mark 64", Rules.v4().dst("10.0.0.0/8").then(new TrafficMarking(64)).build(), null, "0..63"),
                Arguments.of("rt too big", Rules.v4().dst("10.0.0.0/8").then(new Redirect(new RouteTarget(RouteTarget.Format.AS4, 70000, 70000))).build(),
                        null, "does not fit"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("broken")
    void reportsTheProblemOnTheComponent(String label, FlowspecRule rule, ComponentType component, String fragment) {
        List<Problem> problems = Validation.check(RuleSet.of(Rules.v4().dst("192.0.2.1/32").build(), rule));
        assertTrue(problems.stream().anyMatch(p -> p.isError() && p.ruleIndex() == 1 && p.component() == component
                && p.message().contains(fragment)), () -> problems.toString());
    }

    @Test
    void validRulesHaveNoErrors() {
        FlowspecRule ok = Rules.v4().dst("198.51.100.0/24").eq(IP_PROTOCOL, 17, 6).eq(SOURCE_PORT, 53)
                .range(PACKET_LENGTH, 1476, 1500).bits(TCP_FLAGS, BitmaskTerm.all(2)).discard().build();
        FlowspecRule icmp6 = Rules.v6().dst("2001:db8::/32").eq(IP_PROTOCOL, 58).eq(ICMP_TYPE, 128).build();
        assertEquals(List.of(), Validation.check(RuleSet.of(ok, icmp6)));
    }

    @Test
    void missingDestinationIsOnlyAWarning() {
        List<Problem> problems = Validation.check(RuleSet.of(Rules.v4().src("10.0.0.0/8").build()));
        assertEquals(1, problems.size());
        assertEquals(Problem.Severity.WARNING, problems.get(0).severity());
    }

    @Test
    void problemTextNamesRuleAndComponent() {
        Problem p = Validation.check(RuleSet.of(Rules.v4().name("ntp").dst("10.0.0.0/8").eq(DSCP, 99).build())).get(0);
        assertEquals("error: rule 1 (ntp), DSCP: value 99 is outside 0..63", p.toString());
    }
}

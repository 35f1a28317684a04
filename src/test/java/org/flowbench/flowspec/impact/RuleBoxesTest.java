package org.flowbench.flowspec.impact;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.flowbench.flowspec.AddressFamily;
import org.flowbench.flowspec.Component;
import org.flowbench.flowspec.ComponentType;
import org.flowbench.flowspec.FlowspecRule;
import org.flowbench.flowspec.NumericComponent;
import org.flowbench.flowspec.PrefixComponent;
import org.flowbench.flowspec.RuleSet;
import org.flowbench.flowspec.TrafficAction;
import org.flowbench.flowspec.TrafficRateBytes;
import org.flowbench.store.Workspace;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hash-join path (rules as boxes) and the per-rule SQL path agree, row for row, on every
 * component case of {@link RuleMatcherTest} pinned to the victim host, and on ordered sets.
 */
class RuleBoxesTest {
    @TempDir static Path dir;
    static Workspace ws;
    static long id;

    @BeforeAll
    static void rows() throws Exception {
        RuleMatcherTest.dir = dir;
        RuleMatcherTest.rows();
        ws = RuleMatcherTest.ws;
        id = RuleMatcherTest.id;
    }

    @AfterAll
    static void close() {
        RuleMatcherTest.close();
    }

    static Stream<Arguments> pinnedCases() {
        return RuleMatcherTest.cases().map(a -> {
            FlowspecRule r = (FlowspecRule) a.get()[1];
            List<Component> c = new ArrayList<>(r.components());
            if (r.destination().isEmpty()) {
                c.add(PrefixComponent.destination(r.family() == AddressFamily.IPV4 ? "192.0.2.1/32" : "2001:db8:100::10/128"));
            }
            return Arguments.of(a.get()[0], new FlowspecRule(null, r.family(), c, r.actions()));
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pinnedCases")
    void boxesMatchWhatTheSqlMatches(String name, FlowspecRule rule) throws Exception {
        List<SimulatedRule> boxed = ImpactSimulator.simulated(RuleSet.of(rule));
        boolean offset = rule.source().map(p -> p.offset() != 0).orElse(false);
        assertThat(boxed.get(0).boxes() != null).as("boxed when the destination is one host and no offset")
                .isEqualTo(RuleMatcher.hostDestination(rule) != null && !offset);
        List<SimulatedRule> plain = List.of(boxed.get(0).withoutBoxes());
        assertThat(matched(boxed)).as(name).isEqualTo(matched(plain));
    }

    @Test
    void orderAndTerminalBitAreTheSameOnBothPaths() throws Exception {
        FlowspecRule passUdp = FlowspecRule.of(AddressFamily.IPV4, List.of(PrefixComponent.destination("192.0.2.1/32"),
                NumericComponent.anyOf(ComponentType.IP_PROTOCOL, 17)), List.of(new TrafficAction(true, true))).withName("a");
        FlowspecRule rateSmall = FlowspecRule.of(AddressFamily.IPV4, List.of(PrefixComponent.destination("192.0.2.1/32"),
                NumericComponent.range(ComponentType.PACKET_LENGTH, 0, 1000)), List.of(TrafficRateBytes.of(500f))).withName("b");
        FlowspecRule dropAll = FlowspecRule.of(AddressFamily.IPV4, List.of(PrefixComponent.destination("192.0.2.0/24")),
                List.of(TrafficRateBytes.discard())).withName("c");
        List<SimulatedRule> boxed = ImpactSimulator.simulated(new RuleSet(List.of(passUdp, rateSmall, dropAll)));
        List<SimulatedRule> plain = boxed.stream().map(SimulatedRule::withoutBoxes).toList();
        ImpactReport a = simulate(boxed), b = simulate(plain);
        // the two paths add the same numbers in another order: compare to 9 significant digits
        assertThat(rounded(a.set())).isEqualTo(rounded(b.set()));
        assertThat(rounded(a.rules())).isEqualTo(rounded(b.rules()));
        assertThat(rounded(a.series())).isEqualTo(rounded(b.series()));
        assertThat(a.set().dropped().total().packets()).isPositive();
    }

    static String rounded(Object o) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\d+\\.\\d+").matcher(o.toString());
        StringBuilder sb = new StringBuilder();
        while (m.find()) m.appendReplacement(sb, new java.math.BigDecimal(m.group()).round(new java.math.MathContext(9)).toPlainString());
        return m.appendTail(sb).toString();
    }

    static ImpactReport simulate(List<SimulatedRule> rules) throws Exception {
        return new ImpactSimulator(ws).simulate(ImpactRequest.of(id, TimeWindow.ALL, TrafficSplit.none()), rules, "t");
    }

    static Volume matched(List<SimulatedRule> rules) throws Exception {
        return simulate(rules).set().matched().total();
    }
}

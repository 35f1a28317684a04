package org.flowbench.flowspec.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.flowbench.flowspec.FlowspecRule;
import org.flowbench.flowspec.RuleSet;
import org.flowbench.flowspec.Validation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every catalogue rule a dialect can express survives write then read; every other one is refused by name. */
class DialectRoundTripTest {
    /** What each dialect cannot express exactly. */
    static final Map<String, List<String>> REFUSED = Map.of(
            "json", List.of(),
            "bird", List.of("frag-any-two-bits", "frag-any-single", "v6-flow-label-big"),
            "exabgp", List.of("rate-packets", "rate-fraction", "action-none", "redirect-ip"),
            "exabgp-api", List.of("rate-packets", "rate-fraction", "action-none", "redirect-ip"),
            "gobgp", List.of("rate-packets", "action-none"),
            "junos", List.of("op-gt", "op-ge", "op-lt", "op-le", "op-ne", "op-and-or", "op-true", "rate-packets", "action-none",
                    "redirect-ip", "tcp-any-single", "frag-any-single", "frag-any-two-bits"),
            "iosxr", List.of("port-any", "op-gt", "op-ge", "op-lt", "op-le", "op-ne", "op-and-or", "op-true", "rate-packets",
                    "action-sample", "action-terminal", "action-both", "action-none", "frag-not", "frag-any-two-bits", "frag-any-single", "tcp-any-single",
                    "tcp-any-fin-rst", "tcp-not-match", "tcp-or", "v6-offset", "v6-flow-label", "v6-flow-label-big"));

    static Stream<Arguments> expressible() {
        return REFUSED.entrySet().stream().flatMap(e -> RuleCatalogue.except(e.getValue()).stream()
                .map(rule -> Arguments.of(e.getKey(), rule.name(), rule)));
    }

    static Stream<Arguments> refused() {
        return REFUSED.entrySet().stream().flatMap(e -> e.getValue().stream().filter(RuleCatalogue.RULES::containsKey)
                .map(name -> Arguments.of(e.getKey(), name)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("expressible")
    void writeThenReadGivesTheSameRule(String dialectName, String ruleName, FlowspecRule rule) throws Exception {
        Dialect dialect = Dialects.named(dialectName).orElseThrow();
        String text = dialect.write(RuleSet.of(rule));
        RuleSet back = dialect.read(text);
        assertEquals(1, back.size(), text);
        FlowspecRule got = back.rules().get(0);
        assertTrue(rule.sameFlowAndActions(got), () -> "wrote\n" + text + "\nexpected " + rule + "\nread     " + got);
        assertEquals(text, dialect.write(back), "read -> write -> read is stable");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("refused")
    void refusesWhatItCannotExpress(String dialectName, String ruleName) {
        Dialect dialect = Dialects.named(dialectName).orElseThrow();
        FlowspecRule rule = RuleCatalogue.RULES.get(ruleName);
        assertThrows(UnsupportedRuleException.class, () -> dialect.write(RuleSet.of(rule)));
    }

    @Test
    void catalogueIsValid() {
        var problems = Validation.check(new RuleSet(List.copyOf(RuleCatalogue.RULES.values())));
        assertTrue(problems.stream().noneMatch(p -> p.isError()), problems.toString());
    }

    @Test
    void wholeCatalogueRoundTripsInOneSetForJson() throws Exception {
        RuleSet all = new RuleSet(List.copyOf(RuleCatalogue.RULES.values()));
        Dialect json = new FlowbenchJson();
        RuleSet back = json.read(json.write(all));
        assertEquals(all, back);
    }
}

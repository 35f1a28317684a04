package org.flowbench.detect;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The rules of one file or preset, evaluated independently over the same traffic. */
public record RuleSet(String name, String description, List<Rule> rules) {
    public RuleSet {
        name = name == null ? "" : name;
        description = description == null ? "" : description;
        rules = List.copyOf(rules);
        if (rules.isEmpty()) throw new IllegalArgumentException("rule set '" + name + "' has no rules");
        Set<String> names = new HashSet<>();
        for (Rule r : rules) {
            if (!names.add(r.name())) throw new IllegalArgumentException("rule set '" + name + "' names rule '" + r.name() + "' twice");
        }
    }

    public static RuleSet of(Rule... rules) {
        return new RuleSet(rules[0].name(), "", List.of(rules));
    }

    public Optional<Rule> rule(String ruleName) {
        return rules.stream().filter(r -> r.name().equals(ruleName)).findFirst();
    }
}

package org.flowbench.flowspec.dialect;

import java.util.HashSet;
import java.util.Set;
import org.flowbench.flowspec.FlowspecRule;

/** Gives every rule a distinct name that is one word of letters, digits, '-', '_' and '.'. */
final class RuleNames {
    private final Set<String> used = new HashSet<>();
    private final String fallback;

    RuleNames(String fallback) { this.fallback = fallback; }

    String of(FlowspecRule rule, int index) {
        String base = rule.name() == null || rule.name().isBlank() ? fallback + (index + 1)
                : rule.name().strip().replaceAll("[^A-Za-z0-9_.-]+", "-");
        String name = base;
        for (int n = 2; !used.add(name); n++) name = base + "-" + n;
        return name;
    }
}

package org.flowbench.flowspec.dialect;

import java.util.List;
import org.flowbench.flowspec.Problem;
import org.flowbench.flowspec.RuleSet;
import org.flowbench.flowspec.Validation;
import org.flowbench.task.Nouns;

/** Writes a rule set in a dialect only when validation finds no errors: broken rules never reach a router. */
public final class Exporter {
    private Exporter() {}

    /**
     * @throws InvalidRulesException listing the problems when any rule has an error
     * @throws UnsupportedRuleException when the dialect cannot express a rule exactly
     */
    public static String export(RuleSet rules, Dialect dialect) throws InvalidRulesException {
        if (!dialect.canWrite()) throw new UnsupportedOperationException(dialect.name() + " is read only");
        List<Problem> problems = Validation.check(rules);
        if (Validation.hasErrors(problems)) throw new InvalidRulesException(problems);
        return dialect.write(rules);
    }

    /** The rule set has errors; {@link #problems()} lists them (warnings included). */
    public static final class InvalidRulesException extends Exception {
        private final transient List<Problem> problems;

        public InvalidRulesException(List<Problem> problems) {
            super(Nouns.count(problems.stream().filter(Problem::isError).count(), "rule problem") + ", first: "
                    + problems.stream().filter(Problem::isError).findFirst().map(Problem::toString).orElse(""));
            this.problems = List.copyOf(problems);
        }

        public List<Problem> problems() { return problems; }
    }
}

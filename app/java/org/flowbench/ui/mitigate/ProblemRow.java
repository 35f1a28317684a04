package org.flowbench.ui.mitigate;

import org.flowbench.flowspec.Problem;

/** One line of the problems list: which rule (1-based, "-" for a syntax error), how bad, what. */
public record ProblemRow(String rule, String severity, String message) {
    static ProblemRow of(Problem p) {
        String where = p.component() == null ? "" : p.component().label() + ": ";
        return new ProblemRow(String.valueOf(p.ruleIndex() + 1) + (p.ruleName() == null ? "" : " (" + p.ruleName() + ")"),
                p.severity().name().toLowerCase(), where + p.message());
    }

    static ProblemRow syntax(int line, int column, String reason) {
        return new ProblemRow("-", "error", "line " + line + ", column " + column + ": " + reason);
    }
}

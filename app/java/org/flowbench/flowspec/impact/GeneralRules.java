package org.flowbench.flowspec.impact;

import java.util.List;

/**
 * Rules without boxes, tested through their SQL on every row in one pass: the first matching
 * one that ends evaluation (later ones cannot matter), and every matching one that lets it go on.
 */
final class GeneralRules {
    private GeneralRules() {}

    /** Comma-separated list elements, each a rule position or NULL. */
    static void found(SqlBuilder q, List<SimulatedRule> rules) {
        boolean anyStop = false;
        for (int i = 0; i < rules.size(); i++) {
            SimulatedRule r = rules.get(i);
            if (r.boxes() != null || r.continues()) continue;
            q.text(anyStop ? " WHEN " : "CASE WHEN ").fragment(r.match()).text(" THEN " + (i + 1));
            anyStop = true;
        }
        q.text(anyStop ? " END" : "NULL::INTEGER");
        for (int i = 0; i < rules.size(); i++) {
            SimulatedRule r = rules.get(i);
            if (r.boxes() != null || !r.continues()) continue;
            q.text(", CASE WHEN coalesce(").fragment(r.match()).text(", FALSE) THEN " + (i + 1) + " END");
        }
    }
}

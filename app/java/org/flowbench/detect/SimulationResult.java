package org.flowbench.detect;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The alerts of a run, ordered by rule (as the set lists them), key and start, and the time the data covers. */
public record SimulationResult(List<Alert> alerts, DataSpan span) {
    public SimulationResult {
        alerts = List.copyOf(alerts);
    }

    /** Distinct keys that raised an alert, per rule: "rule key". */
    public Set<String> alertingKeys() {
        Set<String> keys = new LinkedHashSet<>();
        for (Alert a : alerts) keys.add(a.rule() + " " + a.key().display());
        return keys;
    }
}

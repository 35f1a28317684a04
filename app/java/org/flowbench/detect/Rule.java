package org.flowbench.detect;

import java.time.Duration;
import java.util.Objects;

/**
 * One detection rule: which traffic ({@code scope}, filter-language text, blank for all), how it
 * is windowed and grouped, when a window triggers, and how long an alert lasts.
 *
 * @param hold    ban time: once raised, an alert lasts at least this long from its start
 * @param release an alert ends only after this long without a triggering window; a window
 *                that triggers before the alert's end continues it
 */
public record Rule(String name, String description, String scope, Window window, GroupKey key, Condition trigger,
                   Duration hold, Duration release) {
    public Rule {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("a rule needs a name");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(trigger, "trigger");
        scope = scope == null ? "" : scope;
        description = description == null ? "" : description;
        key = key == null ? GroupKey.DESTINATION : key;
        hold = hold == null ? Duration.ZERO : hold;
        release = release == null ? Duration.ZERO : release;
        if (hold.isNegative() || release.isNegative()) throw new IllegalArgumentException("rule '" + name + "': negative timer");
        if (window.mode() == Window.Mode.SLIDING) {
            for (Metric m : trigger.metrics()) {
                if (m.kind() == Metric.Kind.PERCENTILE) {
                    throw new IllegalArgumentException("rule '" + name + "': " + m.id()
                            + " needs a tumbling window (packet-size percentiles do not combine over sliding steps)");
                }
            }
        }
    }

    public Rule withTrigger(Condition c) {
        return new Rule(name, description, scope, window, key, c, hold, release);
    }

    public Rule withName(String n) {
        return new Rule(n, description, scope, window, key, trigger, hold, release);
    }
}

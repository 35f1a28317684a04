package org.flowbench.flowspec.impact;

import java.util.Objects;
import org.flowbench.filter.SqlFragment;
import org.flowbench.flowspec.IpPrefix;

/**
 * What to propose rules for.
 *
 * @param attackWindow  when the attack ran (an alert's span or a range the user selected)
 * @param attackFilter  narrows the victim's traffic to the attack; null for all of it
 * @param context       the range the proposals are simulated over, wider than the attack so that
 *                      the victim's normal traffic shows up as collateral; {@link TimeWindow#ALL} for the dataset
 * @param split         how to tell attack from legitimate traffic; when unknown, the attack is the
 *                      victim's traffic in the attack window (through the attack filter)
 */
public record GenerationRequest(long datasetId, IpPrefix victim, TimeWindow attackWindow, SqlFragment attackFilter,
                                TimeWindow context, TrafficSplit split) {
    public GenerationRequest {
        Objects.requireNonNull(victim, "victim");
        Objects.requireNonNull(attackWindow, "attackWindow");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(split, "split");
    }

    public static GenerationRequest of(long datasetId, IpPrefix victim, TimeWindow attackWindow) {
        return new GenerationRequest(datasetId, victim, attackWindow, null, TimeWindow.ALL, TrafficSplit.none());
    }

    public GenerationRequest withSplit(TrafficSplit newSplit) {
        return new GenerationRequest(datasetId, victim, attackWindow, attackFilter, context, newSplit);
    }

    public GenerationRequest withAttackFilter(SqlFragment filter) {
        return new GenerationRequest(datasetId, victim, attackWindow, filter, context, split);
    }
}

package org.flowbench.flowspec.impact;

import java.util.Objects;
import org.flowbench.filter.SqlFragment;
import org.flowbench.flowspec.IpPrefix;

/**
 * Where and how to simulate.
 *
 * @param focus         rows of the before/after chart (traffic to the victim); null for none
 * @param perRuleSeries whether each rule gets its own per-second series (costs a larger result)
 */
public record ImpactRequest(long datasetId, TimeWindow window, TrafficSplit split, SqlFragment focus,
                            boolean perRuleSeries) {
    public ImpactRequest {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(split, "split");
    }

    public static ImpactRequest of(long datasetId, TimeWindow window, TrafficSplit split) {
        return new ImpactRequest(datasetId, window, split, null, false);
    }

    public ImpactRequest withFocus(SqlFragment victimRows) {
        return new ImpactRequest(datasetId, window, split, victimRows, perRuleSeries);
    }

    /** Focus on the traffic to a victim prefix. */
    public ImpactRequest withVictim(IpPrefix victim) {
        return withFocus(PrefixSql.within("dst_addr", victim));
    }

    public ImpactRequest withPerRuleSeries() {
        return new ImpactRequest(datasetId, window, split, focus, true);
    }
}

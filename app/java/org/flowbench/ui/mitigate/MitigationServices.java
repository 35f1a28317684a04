package org.flowbench.ui.mitigate;

import java.util.Optional;
import org.flowbench.flowspec.IpPrefix;
import org.flowbench.flowspec.RuleSet;
import org.flowbench.flowspec.impact.GeneratedRules;
import org.flowbench.flowspec.impact.ImpactComparison;
import org.flowbench.flowspec.impact.ImpactReport;
import org.flowbench.flowspec.impact.TimeWindow;
import org.flowbench.task.Cancellation;

/**
 * What the Mitigate area needs from the core. Every method may block (DuckDB), so view models
 * call them only inside background tasks. A blank {@code legitFilter} means "split attack and
 * legitimate traffic by the dataset's incidents".
 */
public interface MitigationServices {
    /** For a workspace that offers no mitigation (test fakes): every call says so. */
    MitigationServices UNAVAILABLE = new MitigationServices() {
        @Override public Optional<AttackTarget> suggestTarget(long datasetId) { throw unavailable(); }

        @Override public GeneratedRules generate(long d, IpPrefix v, TimeWindow w, String l) { throw unavailable(); }

        @Override public ImpactReport simulate(long d, RuleSet r, IpPrefix v, String l) { throw unavailable(); }

        @Override public ImpactComparison compare(long d, RuleSet r, IpPrefix v, String l) { throw unavailable(); }

        private UnsupportedOperationException unavailable() {
            return new UnsupportedOperationException("this workspace offers no Flowspec simulation");
        }
    };

    /** The attack to start from: the dataset's first attack incident, else its top destination. */
    Optional<AttackTarget> suggestTarget(long datasetId) throws Exception;

    GeneratedRules generate(long datasetId, IpPrefix victim, TimeWindow window, String legitFilter) throws Exception;

    /**
     * An RTBH of the victim over the same traffic and split as {@link #generate}'s proposals,
     * to show beside them.
     */
    default ImpactReport rtbh(long datasetId, IpPrefix victim, TimeWindow window, String legitFilter) throws Exception {
        throw new UnsupportedOperationException("this workspace offers no RTBH simulation");
    }

    /** The set alone, with the before/after series of traffic to {@code victim} when it is given. */
    ImpactReport simulate(long datasetId, RuleSet rules, IpPrefix victim, String legitFilter) throws Exception;

    /** The set and an RTBH of {@code victim} over the same traffic. */
    ImpactComparison compare(long datasetId, RuleSet rules, IpPrefix victim, String legitFilter) throws Exception;

    /** {@link #simulate} that {@code cancel} stops (the editor's run superseded by the next edit). */
    default ImpactReport simulate(long datasetId, RuleSet rules, IpPrefix victim, String legitFilter, Cancellation cancel)
            throws Exception {
        cancel.check();
        return simulate(datasetId, rules, victim, legitFilter);
    }

    /**
     * {@link #compare} (or {@link #simulate} without a victim, RTBH null) that {@code cancel}
     * stops: the editor's run superseded by the next edit. Throws CancellationException then.
     */
    default ImpactComparison compare(long datasetId, RuleSet rules, IpPrefix victim, String legitFilter, Cancellation cancel)
            throws Exception {
        cancel.check();
        return victim == null ? new ImpactComparison(simulate(datasetId, rules, null, legitFilter), null)
                : compare(datasetId, rules, victim, legitFilter);
    }
}

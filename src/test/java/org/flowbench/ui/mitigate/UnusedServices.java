package org.flowbench.ui.mitigate;

import java.util.Optional;
import org.flowbench.flowspec.IpPrefix;
import org.flowbench.flowspec.RuleSet;
import org.flowbench.flowspec.impact.GeneratedRules;
import org.flowbench.flowspec.impact.ImpactComparison;
import org.flowbench.flowspec.impact.ImpactReport;
import org.flowbench.flowspec.impact.TimeWindow;

/** Services a test expects never to be called: each call fails the test. */
final class UnusedServices implements MitigationServices {
    @Override public Optional<AttackTarget> suggestTarget(long datasetId) { throw new AssertionError("suggestTarget called"); }

    @Override public GeneratedRules generate(long d, IpPrefix v, TimeWindow w, String l) { throw new AssertionError("generate called"); }

    @Override public ImpactReport simulate(long d, RuleSet r, IpPrefix v, String l) { throw new AssertionError("simulate called"); }

    @Override public ImpactComparison compare(long d, RuleSet r, IpPrefix v, String l) { throw new AssertionError("compare called"); }
}

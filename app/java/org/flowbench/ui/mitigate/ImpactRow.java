package org.flowbench.ui.mitigate;

import org.flowbench.flowspec.impact.ImpactFigures;

/** One line of the per-rule or totals table, in packets (scaled by sampling rate). */
public record ImpactRow(String label, double matched, double discarded, double rateLimited, double passed,
                        double attackDropped, double legitDropped, long collateralSources, long collateralDestinations) {
    static ImpactRow of(String label, ImpactFigures f) {
        return new ImpactRow(label, f.matched().total().packets(), f.discarded().total().packets(),
                f.rateLimited().total().packets(), f.passed().total().packets(), f.dropped().attack().packets(),
                f.dropped().legit().packets(), f.legitSourcesHit(), f.legitDestinationsHit());
    }
}

package org.flowbench.flowspec.impact;

/**
 * What a rule (or a whole set) did to the traffic it matched.
 *
 * @param matched              traffic the rule applied to
 * @param discarded            dropped by a rate of 0 (discard)
 * @param rateLimited          dropped by a rate limit above 0, simulated per second
 * @param legitSourcesHit      distinct legitimate source addresses that lost traffic
 * @param legitDestinationsHit distinct legitimate destination addresses that lost traffic
 */
public record ImpactFigures(SplitVolume matched, SplitVolume discarded, SplitVolume rateLimited,
                            long legitSourcesHit, long legitDestinationsHit) {
    public static final ImpactFigures NONE = new ImpactFigures(SplitVolume.ZERO, SplitVolume.ZERO, SplitVolume.ZERO, 0, 0);

    /** Discarded plus rate-limited. */
    public SplitVolume dropped() {
        return discarded.plus(rateLimited);
    }

    /** Matched traffic that went through. */
    public SplitVolume passed() {
        return matched.minus(dropped());
    }
}

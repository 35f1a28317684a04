package org.flowbench.flowspec.impact;

/** A Flowspec set and an RTBH of the victim prefix, simulated over the same traffic. */
public record ImpactComparison(ImpactReport flowspec, ImpactReport rtbh) {
    /** Legitimate packets the Flowspec set spares compared with blackholing the victim. */
    public double legitPacketsSpared() {
        return rtbh.set().dropped().legit().packets() - flowspec.set().dropped().legit().packets();
    }
}

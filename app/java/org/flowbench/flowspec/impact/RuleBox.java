package org.flowbench.flowspec.impact;

import java.math.BigInteger;

/**
 * One conjunction of per-column conditions that a rule matches as a whole: an exact destination,
 * optionally a source range, value intervals for the 16-bit columns and allowed-value sets (as
 * bit strings, bit i = value i allowed) for the small ones. A rule is the union of its boxes.
 * Null fields are unconstrained. Every box of every rule goes into one VALUES table that a hash
 * join on the destination reads, so the cost does not grow with the number of rules.
 */
record RuleBox(int version, BigInteger host, BigInteger srcLow, BigInteger srcHigh, String proto,
               int[] srcPort, int[] dstPort, int[] length, String icmpType, String icmpCode, String tcpFlags,
               String dscp, String fragment) {
}

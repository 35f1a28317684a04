package org.flowbench.flowspec;

/** A traffic filtering action, carried as a transitive extended community (RFC 8955 section 7). */
public sealed interface Action permits TrafficRateBytes, TrafficRatePackets, TrafficAction, Redirect, TrafficMarking {
    /** The 8-octet extended community, type and sub-type in the top 16 bits. */
    long extendedCommunity();
}

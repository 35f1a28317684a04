package org.flowbench.query;

import java.time.Instant;

/** One bucket of a traffic series: rates already scaled by sampling rate and bucket length. */
public record TrafficPoint(Instant bucketStart, double bitsPerSecond, double packetsPerSecond) {
}

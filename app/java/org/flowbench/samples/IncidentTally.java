package org.flowbench.samples;

import java.time.Instant;
import java.util.Arrays;

/** Counts what the generator wrote for one incident, for its label and the README. */
final class IncidentTally {
    final String name;
    final String kind;
    final String victim;
    final String filter;
    final String description;
    long packets;
    long bytes;
    long firstMicros = Long.MAX_VALUE;
    long lastMicros = Long.MIN_VALUE;
    long fragmentedDatagrams;
    long fragments;
    private long[] packetsPerSecond = new long[1024];
    private long[] bytesPerSecond = new long[1024];

    IncidentTally(String name, String kind, String victim, String filter, String description) {
        this.name = name;
        this.kind = kind;
        this.victim = victim;
        this.filter = filter;
        this.description = description;
    }

    /** Records one written datagram of {@code frames} frames at {@code relativeMicros}. */
    void add(long relativeMicros, int frames, long l3Bytes) {
        packets += frames;
        bytes += l3Bytes;
        firstMicros = Math.min(firstMicros, relativeMicros);
        lastMicros = Math.max(lastMicros, relativeMicros);
        if (frames > 1) {
            fragmentedDatagrams++;
            fragments += frames;
        }
        int second = (int) (relativeMicros / 1_000_000L);
        if (second >= packetsPerSecond.length) {
            int n = Math.max(second + 1, packetsPerSecond.length * 2);
            packetsPerSecond = Arrays.copyOf(packetsPerSecond, n);
            bytesPerSecond = Arrays.copyOf(bytesPerSecond, n);
        }
        packetsPerSecond[second] += frames;
        bytesPerSecond[second] += l3Bytes;
    }

    long peakPacketsPerSecond() {
        return Arrays.stream(packetsPerSecond).max().orElse(0);
    }

    long peakBytesPerSecond() {
        return Arrays.stream(bytesPerSecond).max().orElse(0);
    }

    IncidentLabel label(long captureStartMicros) {
        if (packets == 0) {
            Instant nothing = Instant.EPOCH.plusNanos(captureStartMicros * 1_000L);
            return new IncidentLabel(name, kind, nothing, nothing, victim, filter, 0, 0);
        }
        long start = captureStartMicros + Math.floorDiv(firstMicros, 1_000_000L) * 1_000_000L;
        long end = captureStartMicros + (Math.floorDiv(lastMicros, 1_000_000L) + 1) * 1_000_000L;
        return new IncidentLabel(name, kind, Instant.EPOCH.plusNanos(start * 1_000L),
                Instant.EPOCH.plusNanos(end * 1_000L), victim, filter, packets, bytes);
    }
}

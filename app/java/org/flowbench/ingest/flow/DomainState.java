package org.flowbench.ingest.flow;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one exporter's observation domain (IPFIX) or source id (v9) or engine (v5) told us
 * outside its templates: the sequence number expected next, sampling from options data, and
 * when the exporter booted (IPFIX systemInitTimeMilliseconds).
 */
final class DomainState {
    static final int MAX_SAMPLERS = 64;

    long nextSequence;
    boolean sequenceKnown;
    /** Rate from options data that named no sampler: applies to every record of the domain. */
    long defaultSamplingRate = 1;
    /** IE 160, -1 until an options (or data) record carries it. */
    long systemInitMillis = -1;
    private final Map<Long, Long> samplerRates = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Long> eldest) {
            return size() > MAX_SAMPLERS;
        }
    };

    void samplerRate(long samplerId, long rate) {
        samplerRates.put(samplerId, rate);
    }

    /** The rate of this sampler, or the domain's default when options never named it. */
    long samplerRate(long samplerId) {
        Long rate = samplerRates.get(samplerId);
        return rate == null ? defaultSamplingRate : rate;
    }

    /**
     * Records (or datagrams) missing before this one: the distance from the number expected,
     * when it moved forward. A step backwards is an exporter restart, not loss.
     */
    long sequenceGap(long sequence, long advance) {
        long gap = 0;
        if (sequenceKnown) {
            long distance = (sequence - nextSequence) & 0xFFFF_FFFFL;
            if (distance != 0 && distance < 0x8000_0000L) gap = distance;
        }
        nextSequence = (sequence + advance) & 0xFFFF_FFFFL;
        sequenceKnown = true;
        return gap;
    }
}

package org.flowbench.ingest.flow;

import org.flowbench.ingest.decode.DamageLog;

/**
 * Damage found in the datagram being decoded: each reported to the {@link DamageLog} with its
 * file offset (datagram start + offset within it) and counted once per datagram as malformed.
 */
final class DatagramFaults {
    /** Enough to diagnose a datagram; a fuzzed one could otherwise report one fault per byte. */
    private static final int MAX_PER_DATAGRAM = 8;

    private final DamageLog log;
    private final String protocol;
    private long fileOffset;
    private int count;

    DatagramFaults(DamageLog log, String protocol) {
        this.log = log;
        this.protocol = protocol;
    }

    void begin(long datagramFileOffset) {
        fileOffset = datagramFileOffset;
        count = 0;
    }

    /** {@code at} is the offset within the datagram. */
    void report(int at, String what, String expected, String found) {
        if (count++ >= MAX_PER_DATAGRAM) return;
        long offset = fileOffset >= 0 ? fileOffset + at : at;
        String where = fileOffset >= 0 ? " (datagram at file offset " + fileOffset + ", byte " + at + ")" : " (byte " + at + " of the datagram)";
        log.report(offset, protocol + " " + what + where, expected, found);
    }

    /** Ends the datagram: counts it as malformed when anything was reported. */
    boolean end(ExporterStats stats) {
        if (count == 0) return false;
        stats.malformed++;
        return true;
    }
}

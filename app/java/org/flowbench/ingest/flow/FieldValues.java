package org.flowbench.ingest.flow;

import static org.flowbench.ingest.flow.FlowFields.SKIP;

/**
 * The fields of one data record, by {@link FlowFields} target: integer values, or for
 * addresses the offset of the address in {@link #data}. Reused for every record.
 */
final class FieldValues {
    final long[] values = new long[FlowFields.TARGETS];
    long present;
    byte[] data;

    boolean has(int target) {
        return (present & 1L << target) != 0;
    }

    long get(int target) {
        return values[target];
    }

    /**
     * Reads one record of {@code t} starting at {@code at}; returns the offset after it, or -1
     * when the record runs past {@code limit}. Integer fields of 1-8 bytes are read in reduced-size
     * encoding (RFC 7011 section 6.2); fields of other lengths, and addresses of the wrong
     * length, are skipped rather than misread.
     */
    int read(Template t, byte[] d, int at, int limit) {
        present = 0;
        data = d;
        int[] targets = t.targets;
        int[] lengths = t.lengths;
        boolean fixed = t.fixedLength >= 0;
        if (fixed && t.fixedLength > limit - at) return -1;
        for (int i = 0; i < targets.length; i++) {
            int len = lengths[i];
            if (!fixed) {
                if (len == Template.VARIABLE) {
                    if (at >= limit) return -1;
                    len = d[at++] & 0xFF;
                    if (len == 255) {
                        if (limit - at < 2) return -1;
                        len = ExportBytes.u16(d, at);
                        at += 2;
                    }
                }
                if (len > limit - at) return -1;
            }
            int target = targets[i];
            if (target != SKIP && len > 0) store(target, d, at, len);
            at += len;
        }
        return at;
    }

    private void store(int target, byte[] d, int at, int len) {
        if (FlowFields.isAddress(target)) {
            if (len != FlowFields.addressLength(target)) return;
            values[target] = at;
        } else {
            if (len > 8) return;
            values[target] = ExportBytes.uN(d, at, len);
        }
        present |= 1L << target;
    }
}

package org.flowbench.ingest.flow;

/**
 * A (options) template compiled for decoding: per field its target in {@link FlowFields} and
 * its length ({@link #VARIABLE} for IPFIX variable-length fields, RFC 7011 section 7).
 */
final class Template {
    static final int VARIABLE = 0xFFFF;

    final int id;
    final boolean options;
    final int[] targets;
    final int[] lengths;
    /** Record length when no field is variable, else -1. */
    final int fixedLength;
    /** The least bytes one record can take (a variable field takes at least its 1-byte length). */
    final int minLength;
    final boolean hasReverse;

    Template(int id, boolean options, int[] targets, int[] lengths) {
        this.id = id;
        this.options = options;
        this.targets = targets;
        this.lengths = lengths;
        int min = 0;
        boolean variable = false, reverse = false;
        for (int i = 0; i < lengths.length; i++) {
            if (lengths[i] == VARIABLE) {
                variable = true;
                min += 1;
            } else {
                min += lengths[i];
            }
            reverse |= FlowFields.isReverse(targets[i]);
        }
        this.minLength = min;
        this.fixedLength = variable ? -1 : min;
        this.hasReverse = reverse;
    }

    int fieldCount() {
        return targets.length;
    }
}

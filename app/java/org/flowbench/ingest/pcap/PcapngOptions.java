package org.flowbench.ingest.pcap;

import org.flowbench.ingest.decode.DamageLog;

/** Walks the options of a pcapng block (pcapng section 3.5), checking every length against the block. */
final class PcapngOptions {
    private PcapngOptions() {}

    static final int END_OF_OPTIONS = 0;

    interface Visitor {
        /** @param valueAt index of the value in the buffer; {@code length} bytes are there */
        void option(int code, int valueAt, int length);
    }

    /**
     * Visits the options in {@code [start, end)} of {@code b}. Reports an option that runs
     * past the block as damage and stops there.
     *
     * @param fileOffsetOfStart file offset of {@code b[start]}, for damage reports
     * @return true when the options were well-formed
     */
    static boolean walk(byte[] b, int start, int end, boolean bigEndian, long fileOffsetOfStart, String blockName,
                        DamageLog damage, Visitor visitor) {
        int at = start;
        while (at < end) {
            long where = fileOffsetOfStart + (at - start);
            if (end - at < 4) {
                damage.report(where, blockName + " option", "a 4-byte option header", (end - at) + " bytes left in the block");
                return false;
            }
            int code = Bytes.u16(b, at, bigEndian);
            int length = Bytes.u16(b, at + 2, bigEndian);
            if (code == END_OF_OPTIONS) return true;
            int padded = (length + 3) & ~3;
            if (padded > end - at - 4) {
                damage.report(where, blockName + " option " + code,
                        "a value within the block (" + (end - at - 4) + " bytes left)", "length " + length);
                return false;
            }
            visitor.option(code, at + 4, length);
            at += 4 + padded;
        }
        return true;
    }
}

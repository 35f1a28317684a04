package org.flowbench.ingest.pcap;

import org.flowbench.ingest.decode.DamageLog;

/**
 * One pcapng Interface Description Block as the packet blocks need it.
 *
 * @param globalId      position of the IDB in the file, counted across sections
 * @param linkType      LINKTYPE_* of the interface
 * @param snaplen       bytes kept per frame, 0 for no limit
 * @param scale         timestamp resolution (if_tsresol), null when unusable
 * @param offsetSeconds if_tsoffset: seconds added to every timestamp
 * @param unusable      why frames on this interface cannot be read, null when they can
 */
record PcapngInterface(int globalId, int linkType, long snaplen, TimestampScale scale, long offsetSeconds,
                       String unusable) {
    private static final int IF_TSRESOL = 9, IF_TSOFFSET = 14;

    static PcapngInterface unusable(int globalId, String why) {
        return new PcapngInterface(globalId, -1, 0, null, 0, why);
    }

    /** Reads an IDB of at least 20 bytes at {@code b[q]} (pcapng section 4.2): link type, snaplen, options. */
    static PcapngInterface parse(byte[] b, int q, long offset, int length, boolean bigEndian, int globalId,
                                 DamageLog damage) {
        int linkType = Bytes.u16(b, q + 8, bigEndian);
        long snaplen = Bytes.u32(b, q + 12, bigEndian);
        Options options = new Options(b, q + 16, offset + 16, bigEndian, damage);
        PcapngOptions.walk(b, q + 16, q + length - 4, bigEndian, offset + 16, "pcapng IDB", damage, options);
        String unusable = options.scale == null ? "its if_tsresol is unsupported" : null;
        return new PcapngInterface(globalId, linkType, snaplen, options.scale, options.offsetSeconds, unusable);
    }

    /** Collects if_tsresol and if_tsoffset. */
    private static final class Options implements PcapngOptions.Visitor {
        private final byte[] b;
        private final int start;
        private final long startOffset;
        private final boolean bigEndian;
        private final DamageLog damage;
        TimestampScale scale = TimestampScale.MICROSECONDS;
        long offsetSeconds;

        Options(byte[] b, int start, long startOffset, boolean bigEndian, DamageLog damage) {
            this.b = b;
            this.start = start;
            this.startOffset = startOffset;
            this.bigEndian = bigEndian;
            this.damage = damage;
        }

        @Override
        public void option(int code, int valueAt, int length) {
            long where = startOffset + (valueAt - 4 - start);
            if (code == IF_TSRESOL) {
                if (length != 1) {
                    damage.report(where, "pcapng IDB option if_tsresol", "length 1", "length " + length + " (ignored)");
                    return;
                }
                int tsresol = b[valueAt] & 0xFF;
                scale = TimestampScale.of(tsresol);
                if (scale == null) {
                    damage.report(where, "pcapng IDB option if_tsresol", "10^-19 s or coarser, 2^-63 s or coarser",
                            String.format("0x%02x (frames on this interface are skipped)", tsresol));
                }
            } else if (code == IF_TSOFFSET) {
                if (length != 8) {
                    damage.report(where, "pcapng IDB option if_tsoffset", "length 8", "length " + length + " (ignored)");
                    return;
                }
                offsetSeconds = Bytes.i64(b, valueAt, bigEndian);
            }
        }
    }
}

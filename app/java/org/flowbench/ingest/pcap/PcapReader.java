package org.flowbench.ingest.pcap;

import java.io.IOException;
import org.flowbench.ingest.decode.Damage;
import org.flowbench.ingest.decode.DamageLog;
import org.flowbench.ingest.decode.DecodeException;

/**
 * Classic libpcap format (draft-ietf-opsawg-pcap): a 24-byte file header, then records of a
 * 16-byte header and the captured bytes. Either byte order, micro- or nanosecond times.
 */
final class PcapReader implements CaptureReader {
    static final int FILE_HEADER = 24;
    static final int RECORD_HEADER = 16;
    /** libpcap's MAXIMUM_SNAPLEN: larger captured lengths mean the record framing is lost. */
    static final int MAX_CAPTURED = 262_144;

    private final ChunkedInput in;
    private final DamageLog damage;
    private final CaptureStats stats;
    private final boolean bigEndian;
    private final boolean nanoseconds;
    private final long snaplen;
    private final int linkType;
    private boolean finished;

    /** Reads the file header; the magic at offset 0 has already told byte order and resolution. */
    PcapReader(ChunkedInput in, DamageLog damage, CaptureStats stats, boolean bigEndian, boolean nanoseconds)
            throws IOException {
        this.in = in;
        this.damage = damage;
        this.stats = stats;
        this.bigEndian = bigEndian;
        this.nanoseconds = nanoseconds;
        if (!in.ensure(FILE_HEADER)) {
            throw fatal(0, "pcap file header", FILE_HEADER + " bytes", in.available() + " bytes");
        }
        byte[] b = in.buffer();
        int p = in.pos();
        int major = Bytes.u16(b, p + 4, bigEndian);
        int minor = Bytes.u16(b, p + 6, bigEndian);
        // Only major 2 exists since 1998; tshark reads any minor (2.2, 2.4, even 2.5), so do we.
        if (major != 2) {
            throw fatal(4, "pcap file header", "format version 2.x",
                    "version " + major + "." + minor + (major < 2 ? " (archaic, unsupported)" : " (unknown)"));
        }
        snaplen = Bytes.u32(b, p + 16, bigEndian);
        long linkField = Bytes.u32(b, p + 20, bigEndian);
        if (LinkType.reservedBits(linkField) != 0) {
            throw fatal(20, "pcap link-type field", "reserved bits 16-25 zero",
                    String.format("0x%08x", linkField));
        }
        linkType = LinkType.fromHeaderField(linkField);
        in.advance(FILE_HEADER);
        stats.format = "pcap (" + (bigEndian ? "big" : "little") + "-endian, "
                + (nanoseconds ? "nanosecond" : "microsecond") + " timestamps, version " + major + "." + minor + ")";
        stats.sections = 1;
        stats.interfaces = 1;
    }

    private static DecodeException fatal(long offset, String what, String expected, String found) {
        return new DecodeException(new Damage(offset, what, expected, found));
    }

    @Override
    public boolean next(CapturedPacket packet) throws IOException {
        if (finished) return false;
        long recordOffset = in.position();
        if (!in.ensure(RECORD_HEADER)) {
            if (in.available() > 0) {
                damage.report(recordOffset, "pcap record header", RECORD_HEADER + " bytes",
                        in.available() + " bytes before the end of the file");
            }
            return finish();
        }
        byte[] b = in.buffer();
        int p = in.pos();
        long captured = Bytes.u32(b, p + 8, bigEndian);
        if (captured > MAX_CAPTURED) {
            damage.report(recordOffset, "pcap record header", "captured length at most " + MAX_CAPTURED,
                    captured + " (record framing lost, reading stops here)");
            return finish();
        }
        if (!in.ensure(RECORD_HEADER + (int) captured)) {
            damage.report(recordOffset, "pcap record", (RECORD_HEADER + captured) + " bytes",
                    in.available() + " bytes before the end of the file (truncated)");
            return finish();
        }
        b = in.buffer();
        p = in.pos();
        long seconds = Bytes.u32(b, p, bigEndian);
        long fraction = Bytes.u32(b, p + 4, bigEndian);
        long original = Bytes.u32(b, p + 12, bigEndian);
        long unitsPerSecond = nanoseconds ? 1_000_000_000L : 1_000_000L;
        if (fraction >= unitsPerSecond) {
            damage.report(recordOffset + 4, "pcap record timestamp",
                    (nanoseconds ? "nanoseconds below 1e9" : "microseconds below 1e6"),
                    fraction + " (carried into the seconds)");
            seconds += fraction / unitsPerSecond;
            fraction %= unitsPerSecond;
        }
        if (snaplen > 0 && captured > snaplen) {
            damage.report(recordOffset + 8, "pcap record header", "captured length at most the snaplen " + snaplen,
                    String.valueOf(captured));
        }
        if (original < captured) {
            damage.report(recordOffset + 12, "pcap record header",
                    "original length at least the captured length " + captured, original + " (raised to it)");
            original = captured;
        }
        packet.linkType = linkType;
        packet.epochSeconds = seconds;
        packet.nanos = (int) (nanoseconds ? fraction : fraction * 1000);
        packet.data = b;
        packet.offset = p + RECORD_HEADER;
        packet.capturedLength = (int) captured;
        packet.originalLength = (int) Math.min(original, Integer.MAX_VALUE);
        packet.fileOffset = recordOffset;
        packet.interfaceId = 0;
        in.advance(RECORD_HEADER + (int) captured);
        stats.frames++;
        if (packet.capturedLength < packet.originalLength) stats.snaplenCut++;
        return true;
    }

    private boolean finish() {
        finished = true;
        return false;
    }

    @Override
    public long position() { return in.position(); }

    @Override
    public CaptureStats stats() { return stats; }

    @Override
    public void close() throws IOException { in.close(); }
}

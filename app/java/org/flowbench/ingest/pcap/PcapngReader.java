package org.flowbench.ingest.pcap;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.flowbench.ingest.decode.Damage;
import org.flowbench.ingest.decode.DamageLog;
import org.flowbench.ingest.decode.DecodeException;

/**
 * pcapng (draft-ietf-opsawg-pcapng): sections of blocks, each section with its own byte order
 * and interfaces. Hands out EPB, SPB and obsolete PB frames; skips and counts everything else.
 */
final class PcapngReader implements CaptureReader {
    static final int SHB = 0x0A0D0D0A, IDB = 1, PB = 2, SPB = 3, NRB = 4, ISB = 5, EPB = 6, DSB = 0x0A;
    static final int CB = 0x0BAD, DCB = 0x40000BAD;
    static final int BYTE_ORDER_MAGIC = 0x1A2B3C4D;
    /** Blocks we parse are held whole in memory; anything larger is damage (libpcap stops at 16 MiB too). */
    static final int MAX_BLOCK = 16 << 20;

    private final ChunkedInput in;
    private final DamageLog damage;
    private final CaptureStats stats;
    private boolean bigEndian;
    /** IDBs of the current section, indexed by their interface id. */
    private final List<PcapngInterface> interfaces = new ArrayList<>();
    private int interfacesBefore;
    private boolean skippingSection;
    private boolean finished;
    /** SPBs carry no time: they get the time of the frame before them. */
    private long lastSeconds;
    private int lastNanos;

    PcapngReader(ChunkedInput in, DamageLog damage, CaptureStats stats) throws IOException {
        this.in = in;
        this.damage = damage;
        this.stats = stats;
        stats.format = "pcapng";
        readSectionHeader(true);
    }

    @Override
    public boolean next(CapturedPacket packet) throws IOException {
        while (!finished) {
            long blockOffset = in.position();
            if (!in.ensure(8)) {
                if (in.available() > 0) {
                    damage.report(blockOffset, "pcapng block header", "8 bytes", in.available() + " bytes before the end of the file");
                }
                finished = true;
                break;
            }
            int type = Bytes.i32(in.buffer(), in.pos(), bigEndian);
            if (type == SHB) {
                readSectionHeader(false);
                continue;
            }
            long length = Bytes.u32(in.buffer(), in.pos() + 4, bigEndian);
            if (length < 12 || (length & 3) != 0) {
                damage.report(blockOffset, "pcapng block " + kind(type), "a total length that is a multiple of 4 and at least 12",
                        length + " (block framing lost, reading stops here)");
                finished = true;
                break;
            }
            if (skippingSection) {
                stats.countSkippedBlock("in unsupported section");
                skipBlock(blockOffset, length);
            } else if (type == EPB || type == SPB || type == PB) {
                if (readPacketBlock(type, blockOffset, length, packet)) return true;
            } else if (type == IDB) {
                readInterface(blockOffset, length);
            } else {
                stats.countSkippedBlock(kind(type));
                skipBlock(blockOffset, length);
            }
        }
        return false;
    }

    static String kind(int type) {
        return switch (type) {
            case SHB -> "SHB";
            case IDB -> "IDB";
            case PB -> "PB";
            case SPB -> "SPB";
            case NRB -> "NRB";
            case ISB -> "ISB";
            case EPB -> "EPB";
            case DSB -> "DSB";
            case CB -> "CB";
            case DCB -> "DCB";
            default -> String.format("unknown 0x%08x", type);
        };
    }

    // ---- section header -------------------------------------------------------------------

    private void readSectionHeader(boolean first) throws IOException {
        long offset = in.position();
        if (!in.ensure(12)) {
            sectionProblem(first, offset, "at least 12 bytes", in.available() + " bytes before the end of the file");
            return;
        }
        int magic = Bytes.i32(in.buffer(), in.pos() + 8, false);
        boolean big;
        if (magic == BYTE_ORDER_MAGIC) big = false;
        else if (magic == Integer.reverseBytes(BYTE_ORDER_MAGIC)) big = true;
        else {
            sectionProblem(first, offset + 8, "byte-order magic 1a2b3c4d (either order)", Bytes.hex(in.buffer(), in.pos() + 8, 4));
            return;
        }
        long length = Bytes.u32(in.buffer(), in.pos() + 4, big);
        if (length < 28 || (length & 3) != 0 || length > MAX_BLOCK) {
            sectionProblem(first, offset + 4, "a total length that is a multiple of 4, 28 to " + MAX_BLOCK, String.valueOf(length));
            return;
        }
        if (!in.ensure((int) length)) {
            sectionProblem(first, offset, length + " bytes", in.available() + " bytes before the end of the file");
            return;
        }
        byte[] b = in.buffer();
        int q = in.pos();
        long trailer = Bytes.u32(b, q + (int) length - 4, big);
        if (trailer != length) {
            if (first) throw fatal(offset + length - 4, "pcapng section header", "trailing length " + length, String.valueOf(trailer));
            damage.report(offset + length - 4, "pcapng section header", "trailing length " + length, trailer + " (section read anyway)");
        }
        int major = Bytes.u16(b, q + 12, big);
        int minor = Bytes.u16(b, q + 14, big);
        bigEndian = big;
        interfacesBefore += interfaces.size();
        interfaces.clear();
        stats.sections++;
        // Version 1.0; libpcap also reads 1.2, which some old writers produced for the same format.
        skippingSection = !(major == 1 && (minor == 0 || minor == 2));
        if (skippingSection) {
            if (first) throw fatal(offset + 12, "pcapng section header", "version 1.0", "version " + major + "." + minor);
            damage.report(offset + 12, "pcapng section header", "version 1.0",
                    "version " + major + "." + minor + " (section skipped up to the next section header)");
        } else {
            PcapngOptions.walk(b, q + 24, q + (int) length - 4, big, offset + 24, "pcapng section header", damage, (c, v, l) -> { });
        }
        in.advance((int) length);
    }

    private void sectionProblem(boolean first, long offset, String expected, String found) throws DecodeException {
        if (first) throw fatal(offset, "pcapng section header", expected, found);
        damage.report(offset, "pcapng section header", expected, found + " (reading stops here)");
        finished = true;
    }

    private static DecodeException fatal(long offset, String what, String expected, String found) {
        return new DecodeException(new Damage(offset, what, expected, found));
    }

    // ---- blocks ------------------------------------------------------------------------------

    /** Brings a whole block into the buffer at {@link ChunkedInput#pos()}; false (and damage) when it cannot be used. */
    private boolean loadBlock(int type, long offset, long length) throws IOException {
        if (length > MAX_BLOCK) {
            damage.report(offset + 4, "pcapng " + kind(type), "a block of at most " + MAX_BLOCK + " bytes", length + " bytes (skipped)");
            skipBlock(offset, length);
            return false;
        }
        if (!in.ensure((int) length)) {
            damage.report(offset, "pcapng " + kind(type), length + " bytes", in.available() + " bytes before the end of the file (truncated)");
            finished = true;
            return false;
        }
        long trailer = Bytes.u32(in.buffer(), in.pos() + (int) length - 4, bigEndian);
        if (trailer != length) {
            damage.report(offset + length - 4, "pcapng " + kind(type), "trailing length " + length, trailer + " (block skipped)");
            in.advance((int) length);
            return false;
        }
        return true;
    }

    private void skipBlock(long offset, long length) throws IOException {
        if (in.skip(length - 4) < length - 4 || !in.ensure(4)) {
            damage.report(offset, "pcapng block", length + " bytes", "the end of the file first (truncated)");
            finished = true;
            return;
        }
        long trailer = Bytes.u32(in.buffer(), in.pos(), bigEndian);
        if (trailer != length) {
            damage.report(offset + length - 4, "pcapng block", "trailing length " + length, String.valueOf(trailer));
        }
        in.advance(4);
    }

    private void readInterface(long offset, long length) throws IOException {
        int globalId = interfacesBefore + interfaces.size();
        stats.interfaces++;
        if (!loadBlock(IDB, offset, length)) {
            interfaces.add(PcapngInterface.unusable(globalId, "its description block at offset " + offset + " is damaged"));
            return;
        }
        if (length < 20) {
            damage.report(offset, "pcapng IDB", "at least 20 bytes", String.valueOf(length));
            interfaces.add(PcapngInterface.unusable(globalId, "its description block at offset " + offset + " is too short"));
            in.advance((int) length);
            return;
        }
        interfaces.add(PcapngInterface.parse(in.buffer(), in.pos(), offset, (int) length, bigEndian, globalId, damage));
        in.advance((int) length);
    }

    private boolean readPacketBlock(int type, long offset, long length, CapturedPacket packet) throws IOException {
        if (!loadBlock(type, offset, length)) {
            stats.framesSkipped++;
            return false;
        }
        byte[] b = in.buffer();
        int q = in.pos();
        int minimum = type == SPB ? 16 : 32;
        boolean ok = false;
        if (length < minimum) {
            damage.report(offset, "pcapng " + kind(type), "at least " + minimum + " bytes", String.valueOf(length));
        } else if (type == SPB) {
            ok = simplePacket(b, q, offset, length, packet);
        } else {
            long id = type == EPB ? Bytes.u32(b, q + 8, bigEndian) : Bytes.u16(b, q + 8, bigEndian);
            long units = Bytes.u32(b, q + 12, bigEndian) << 32 | Bytes.u32(b, q + 16, bigEndian);
            long captured = Bytes.u32(b, q + 20, bigEndian);
            long original = Bytes.u32(b, q + 24, bigEndian);
            PcapngInterface itf;
            if (captured > length - 32) {
                damage.report(offset + 20, "pcapng " + kind(type), "a captured length within the block (" + (length - 32) + " bytes)",
                        captured + " (frame skipped)");
            } else if ((itf = lookUp(id, type, offset)) != null) {
                lastSeconds = itf.scale().seconds(units) + itf.offsetSeconds();
                lastNanos = itf.scale().nanos(units);
                ok = deliver(packet, itf, b, q + 28, (int) captured, original, offset);
            }
        }
        in.advance((int) length);
        if (!ok) stats.framesSkipped++;
        return ok;
    }

    /** SPB: original length only; the captured length follows from IDB 0's snaplen (pcapng section 4.4). */
    private boolean simplePacket(byte[] b, int q, long offset, long length, CapturedPacket packet) {
        PcapngInterface itf = lookUp(0, SPB, offset);
        if (itf == null) return false;
        long original = Bytes.u32(b, q + 8, bigEndian);
        long captured = Math.min(original, length - 16);
        if (itf.snaplen() > 0) captured = Math.min(captured, itf.snaplen());
        return deliver(packet, itf, b, q + 12, (int) captured, original, offset);
    }

    private PcapngInterface lookUp(long id, int type, long offset) {
        if (id >= interfaces.size()) {
            damage.report(offset + 8, "pcapng " + kind(type), "an interface id below " + interfaces.size()
                    + " (the IDBs of this section)", id + " (frame skipped)");
            return null;
        }
        PcapngInterface itf = interfaces.get((int) id);
        if (itf.unusable() != null) {
            damage.report(offset + 8, "pcapng " + kind(type), "a usable interface", "interface " + id + ": "
                    + itf.unusable() + " (frame skipped)");
            return null;
        }
        return itf;
    }

    private boolean deliver(CapturedPacket packet, PcapngInterface itf, byte[] b, int dataAt, int captured,
                            long original, long offset) {
        if (itf.snaplen() > 0 && captured > itf.snaplen()) {
            damage.report(offset, "pcapng packet block", "a captured length at most the snaplen " + itf.snaplen(),
                    String.valueOf(captured));
        }
        if (original < captured) {
            damage.report(offset, "pcapng packet block", "an original length at least the captured length " + captured,
                    original + " (raised to it)");
            original = captured;
        }
        packet.linkType = itf.linkType();
        packet.epochSeconds = lastSeconds;
        packet.nanos = lastNanos;
        packet.data = b;
        packet.offset = dataAt;
        packet.capturedLength = captured;
        packet.originalLength = (int) Math.min(original, Integer.MAX_VALUE);
        packet.fileOffset = offset;
        packet.interfaceId = itf.globalId();
        stats.frames++;
        if (captured < packet.originalLength) stats.snaplenCut++;
        return true;
    }

    @Override
    public long position() { return in.position(); }

    @Override
    public CaptureStats stats() { return stats; }

    @Override
    public void close() throws IOException { in.close(); }
}

package org.flowbench.ingest.flow;

import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Builds tiny export datagrams by hand for golden tests, and prints decoded records one per line. */
final class Datagrams {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final List<Integer> lengthAt = new ArrayList<>();

    Datagrams u8(int v) {
        out.write(v);
        return this;
    }

    Datagrams u16(int v) {
        return u8(v >> 8 & 0xFF).u8(v & 0xFF);
    }

    Datagrams u32(long v) {
        return u16((int) (v >> 16 & 0xFFFF)).u16((int) (v & 0xFFFF));
    }

    Datagrams u64(long v) {
        return u32(v >>> 32).u32(v & 0xFFFF_FFFFL);
    }

    Datagrams ip(String address) {
        try {
            out.writeBytes(InetAddress.getByName(address).getAddress());
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
        return this;
    }

    Datagrams bytes(int... values) {
        for (int v : values) u8(v);
        return this;
    }

    /** Starts a set (or flowset): its id and a length patched by {@link #end()}. */
    Datagrams set(int id) {
        u16(id);
        lengthAt.add(out.size());
        return u16(0);
    }

    Datagrams end() {
        int at = lengthAt.remove(lengthAt.size() - 1);
        byte[] b = out.toByteArray();
        int length = b.length - at + 2;
        patched = b;
        patched[at] = (byte) (length >> 8);
        patched[at + 1] = (byte) length;
        out.reset();
        out.writeBytes(patched);
        return this;
    }

    private byte[] patched;

    byte[] bytes() {
        return out.toByteArray();
    }

    /** An IPFIX message: the length field patched to the whole. */
    byte[] ipfix() {
        byte[] b = bytes();
        b[2] = (byte) (b.length >> 8);
        b[3] = (byte) b.length;
        return b;
    }

    static ExportDatagram datagram(byte[] payload, String exporter) {
        ExportDatagram d = new ExportDatagram();
        d.data = payload;
        d.offset = 0;
        d.length = payload.length;
        d.exporterHi = 0;
        d.exporterLo = 0x0000FFFF00000000L | ipv4(exporter);
        d.receivedMicros = 1_700_000_000_000_000L;
        d.fileOffset = 1000;
        return d;
    }

    static long ipv4(String a) {
        String[] p = a.split("\\.");
        return Long.parseLong(p[0]) << 24 | Long.parseLong(p[1]) << 16 | Long.parseLong(p[2]) << 8 | Long.parseLong(p[3]);
    }

    /** One line per record, every field the flows table keeps. */
    static String line(FlowRecord r) {
        return String.format("%s..%s %s:%d > %s:%d v%d proto=%d flags=0x%02x dscp=%d icmp=%d/%d if=%s>%s as=%s>%s vlan=%d "
                        + "pkts=%d bytes=%d len=%d rate=%d domain=%d",
                Instant.ofEpochSecond(0, r.startMicros * 1000), Instant.ofEpochSecond(0, r.endMicros * 1000),
                DecodedFile.address(r.srcHi, r.srcLo).getHostAddress(), r.srcPort,
                DecodedFile.address(r.dstHi, r.dstLo).getHostAddress(), r.dstPort, r.ipVersion, r.proto, r.tcpFlags, r.dscp,
                r.icmpType, r.icmpCode, opt(r.inIf), opt(r.outIf), opt(r.srcAs), opt(r.dstAs), r.vlan, r.packets, r.bytes,
                r.pktLen, r.samplingRate, r.domain);
    }

    private static String opt(long v) {
        return v == FlowRecord.NONE ? "-" : Long.toString(v);
    }
}

package org.flowbench.ingest.flow;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A minimal classic-pcap walker for the flow decoder tests: Ethernet (with 802.1Q tags) or raw
 * IP, IPv4/IPv6, UDP; yields each UDP payload as an {@link ExportDatagram} with the exporter's
 * address, the capture time and the payload's file offset. Not the project's capture reader,
 * so the decoders are checked against an independent path.
 */
public final class UdpPayloads {
    private UdpPayloads() {}

    /** One UDP payload; {@link #datagram()} makes a fresh ExportDatagram of it. */
    public record Payload(byte[] file, int offset, int length, long micros, long srcHi, long srcLo, int srcPort, int dstPort) {
        public ExportDatagram datagram() {
            ExportDatagram d = new ExportDatagram();
            d.data = file;
            d.offset = offset;
            d.length = length;
            d.fileOffset = offset;
            d.receivedMicros = micros;
            d.exporterHi = srcHi;
            d.exporterLo = srcLo;
            d.exporterPort = srcPort;
            return d;
        }

        public byte[] bytes() {
            return java.util.Arrays.copyOfRange(file, offset, offset + length);
        }
    }

    public static List<Payload> read(Path pcap) throws IOException {
        byte[] f = Files.readAllBytes(pcap);
        ByteBuffer b = ByteBuffer.wrap(f);
        if (f.length < 24) throw new IOException("not a pcap: " + pcap);
        int magic = b.getInt(0);
        boolean nanos;
        if (magic == 0xA1B2C3D4 || magic == 0xA1B23C4D) {
            b.order(ByteOrder.BIG_ENDIAN);
        } else if (Integer.reverseBytes(magic) == 0xA1B2C3D4 || Integer.reverseBytes(magic) == 0xA1B23C4D) {
            b.order(ByteOrder.LITTLE_ENDIAN);
        } else {
            throw new IOException("not a classic pcap: " + pcap);
        }
        nanos = b.getInt(0) == 0xA1B23C4D;
        int linkType = b.getInt(20) & 0xFFFF;
        List<Payload> out = new ArrayList<>();
        int at = 24;
        while (f.length - at >= 16) {
            long micros = (b.getInt(at) & 0xFFFFFFFFL) * 1_000_000L + (b.getInt(at + 4) & 0xFFFFFFFFL) / (nanos ? 1000 : 1);
            int captured = b.getInt(at + 8);
            if (captured < 0 || captured > f.length - at - 16) break;
            udp(f, at + 16, captured, linkType, micros, out);
            at += 16 + captured;
        }
        return out;
    }

    private static void udp(byte[] f, int start, int length, int linkType, long micros, List<Payload> out) {
        int at = start, end = start + length;
        int type;
        if (linkType == 1) {
            if (length < 14) return;
            at += 12;
            type = u16(f, at);
            while ((type == 0x8100 || type == 0x88A8) && end - at >= 6) {
                at += 4;
                type = u16(f, at);
            }
            at += 2;
        } else if (linkType == 101 || linkType == 12 || linkType == 228 || linkType == 229) {
            type = length > 0 && (f[at] & 0xF0) == 0x60 ? 0x86DD : 0x0800;
        } else {
            return;
        }
        long hi, lo;
        if (type == 0x0800) {
            if (end - at < 20 || (f[at] & 0xF0) != 0x40 || f[at + 9] != 17) return;
            if ((u16(f, at + 6) & 0x1FFF) != 0) return;
            hi = 0;
            lo = 0x0000FFFF00000000L | (u32(f, at + 12));
            int total = u16(f, at + 2);
            end = Math.min(end, at + total);
            at += (f[at] & 0x0F) * 4;
        } else if (type == 0x86DD) {
            if (end - at < 40 || f[at + 6] != 17) return;
            hi = u32(f, at + 8) << 32 | u32(f, at + 12);
            lo = u32(f, at + 16) << 32 | u32(f, at + 20);
            end = Math.min(end, at + 40 + u16(f, at + 4));
            at += 40;
        } else {
            return;
        }
        if (end - at < 8) return;
        int srcPort = u16(f, at), dstPort = u16(f, at + 2);
        int udpLength = u16(f, at + 4);
        int payloadEnd = udpLength >= 8 ? Math.min(end, at + udpLength) : end;
        out.add(new Payload(f, at + 8, payloadEnd - at - 8, micros, hi, lo, srcPort, dstPort));
    }

    private static int u16(byte[] f, int i) {
        return (f[i] & 0xFF) << 8 | (f[i + 1] & 0xFF);
    }

    private static long u32(byte[] f, int i) {
        return (long) u16(f, i) << 16 | u16(f, i + 2);
    }
}

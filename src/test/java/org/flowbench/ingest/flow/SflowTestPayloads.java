package org.flowbench.ingest.flow;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Test-only: the UDP payloads of a classic pcap (Ethernet, optional 802.1Q tags, IPv4 or IPv6
 * without extension headers, UDP), as export datagrams, so the flow decoders can be tested on
 * the corpus captures without the production readers. Frames of any other shape are skipped.
 */
final class SflowTestPayloads {
    private static final long IPV4_MAPPED = 0x0000_FFFF_0000_0000L;

    /** One UDP payload: a copy of its bytes, who sent it, when, and where it sits in the file. */
    record Payload(byte[] data, long exporterHi, long exporterLo, int exporterPort, long receivedMicros, long fileOffset) {
        ExportDatagram fill(ExportDatagram d) {
            d.data = data;
            d.offset = 0;
            d.length = data.length;
            d.exporterHi = exporterHi;
            d.exporterLo = exporterLo;
            d.exporterPort = exporterPort;
            d.receivedMicros = receivedMicros;
            d.fileOffset = fileOffset;
            return d;
        }

        /** sFlow v5 starts with the 32-bit version 5; NetFlow v5 with 16-bit 5 then a count. */
        boolean looksLikeSflow5() {
            return data.length >= 4 && data[0] == 0 && data[1] == 0 && data[2] == 0 && data[3] == 5;
        }
    }

    private SflowTestPayloads() {}

    /** How many records the capture holds, whatever they carry (for attributing merged tshark output). */
    static int frames(Path file) throws IOException {
        int[] count = {0};
        walk(file, (bytes, at, end, micros) -> count[0]++);
        return count[0];
    }

    static List<Payload> read(Path file) throws IOException {
        List<Payload> out = new ArrayList<>();
        walk(file, (bytes, at, end, micros) -> {
            Payload p = udpPayload(bytes, at, end, micros);
            if (p != null) out.add(p);
        });
        return out;
    }

    private interface FrameSink {
        void frame(byte[] bytes, int at, int end, long micros);
    }

    private static void walk(Path file, FrameSink sink) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length < 24) return;
        ByteBuffer b = ByteBuffer.wrap(bytes);
        int magic = b.order(ByteOrder.LITTLE_ENDIAN).getInt(0);
        boolean nanos = magic == 0xA1B23C4D || Integer.reverseBytes(magic) == 0xA1B23C4D;
        if (magic != 0xA1B2C3D4 && magic != 0xA1B23C4D) b.order(ByteOrder.BIG_ENDIAN);
        int m = b.getInt(0);
        if (m != 0xA1B2C3D4 && m != 0xA1B23C4D) throw new IOException(file + ": not a classic pcap file");
        if ((b.getInt(20) & 0xFFFF) != 1) throw new IOException(file + ": not Ethernet");
        int at = 24;
        while (bytes.length - at >= 16) {
            long seconds = b.getInt(at) & 0xFFFFFFFFL;
            long fraction = b.getInt(at + 4) & 0xFFFFFFFFL;
            int captured = b.getInt(at + 8);
            if (captured < 0 || captured > bytes.length - at - 16) break;
            long micros = seconds * 1_000_000 + (nanos ? fraction / 1000 : fraction);
            sink.frame(bytes, at + 16, at + 16 + captured, micros);
            at += 16 + captured;
        }
    }

    private static Payload udpPayload(byte[] d, int p, int end, long micros) {
        if (end - p < 14) return null;
        int type = u16(d, p + 12);
        p += 14;
        while ((type == 0x8100 || type == 0x88A8) && end - p >= 4) {
            type = u16(d, p + 2);
            p += 4;
        }
        long srcHi, srcLo;
        int udp;
        if (type == 0x0800 && end - p >= 20 && (d[p] & 0xF0) == 0x40) {
            if ((d[p + 9] & 0xFF) != 17) return null;
            srcHi = 0;
            srcLo = IPV4_MAPPED | (u16(d, p + 12) & 0xFFFFL) << 16 | u16(d, p + 14);
            udp = p + (d[p] & 0x0F) * 4;
        } else if (type == 0x86DD && end - p >= 40 && (d[p] & 0xF0) == 0x60) {
            if ((d[p + 6] & 0xFF) != 17) return null;
            srcHi = ByteBuffer.wrap(d, p + 8, 8).getLong();
            srcLo = ByteBuffer.wrap(d, p + 16, 8).getLong();
            udp = p + 40;
        } else {
            return null;
        }
        if (end - udp < 8) return null;
        int length = Math.min(u16(d, udp + 4) - 8, end - udp - 8);
        if (length < 0) return null;
        byte[] payload = new byte[length];
        System.arraycopy(d, udp + 8, payload, 0, length);
        return new Payload(payload, srcHi, srcLo, u16(d, udp), micros, udp + 8);
    }

    private static int u16(byte[] d, int i) {
        return (d[i] & 0xFF) << 8 | (d[i + 1] & 0xFF);
    }
}

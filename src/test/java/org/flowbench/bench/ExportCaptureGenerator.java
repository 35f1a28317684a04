package org.flowbench.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.flowbench.ingest.flow.UdpPayloads;

/**
 * Writes a large capture of NetFlow v9 and IPFIX exports for the speed benchmarks: softflowd's
 * v9 and IPFIX exports of input_20k.pcap (../shared/exports) repeated, their datagrams
 * interleaved by capture time, each repetition with fresh sequence numbers and every time
 * moved 60 s on (input_20k.pcap spans 60 s), so the result reads as two exporters sending for
 * hours without loss. v9 comes from 127.0.0.9, IPFIX from 127.0.0.10, both to 127.0.0.1:2055.
 * A sidecar {@code .tsv} states what a lossless decoder must find.
 *
 * <pre>ExportCaptureGenerator OUT.pcap [RECORDS] [FIXTURE_DIR]   (defaults 10,000,000 and ../shared/exports)</pre>
 */
public final class ExportCaptureGenerator {
    static final long SHIFT_SECONDS = 60;
    static final String[] FIXTURES = {"softflowd_v9.pcap", "softflowd_v10.pcap"};
    static final int[] SOURCES = {0x7F000009, 0x7F00000A};
    static final int DESTINATION = 0x7F000001, PORT = 2055;

    private record Datagram(int fixture, long micros, byte[] payload) {}

    public static void main(String[] args) throws IOException {
        if (args.length < 1) throw new IllegalArgumentException("usage: ExportCaptureGenerator OUT.pcap [RECORDS] [FIXTURE_DIR]");
        Path out = Path.of(args[0]);
        long target = args.length > 1 ? Long.parseLong(args[1]) : 10_000_000L;
        Path fixtures = Path.of(args.length > 2 ? args[2] : "../shared/exports");
        Summary s = write(out, target, fixtures);
        Files.writeString(sidecar(out), s.tsv());
        System.out.print(s.tsv());
    }

    static Path sidecar(Path pcap) {
        String name = pcap.getFileName().toString().replaceFirst("\\.pcap$", "");
        return pcap.resolveSibling(name + ".tsv");
    }

    /** What was written: per protocol datagrams and flow records, and the repetitions. */
    record Summary(long repetitions, long[] datagrams, long[] records, long bytes) {
        String tsv() {
            return "repetitions\t" + repetitions + "\n"
                    + "datagrams\t" + (datagrams[0] + datagrams[1]) + "\n"
                    + "flow_records\t" + (records[0] + records[1]) + "\n"
                    + "v9_datagrams\t" + datagrams[0] + "\nv9_records\t" + records[0] + "\n"
                    + "ipfix_datagrams\t" + datagrams[1] + "\nipfix_records\t" + records[1] + "\n"
                    + "file_bytes\t" + bytes + "\n";
        }
    }

    static Summary write(Path out, long targetRecords, Path fixtures) throws IOException {
        List<Datagram> one = new ArrayList<>();
        long[] perFixture = new long[2];
        for (int f = 0; f < FIXTURES.length; f++) {
            ExportRewriter counter = new ExportRewriter();
            for (UdpPayloads.Payload p : UdpPayloads.read(fixtures.resolve(FIXTURES[f]))) {
                if (p.dstPort() != PORT) continue;
                byte[] b = p.bytes();
                counter.rewrite(b.clone(), 0, b.length, 0);
                one.add(new Datagram(f, p.micros(), b));
            }
            perFixture[f] = counter.flowRecords();
        }
        long firstMicros = one.stream().mapToLong(Datagram::micros).min().orElseThrow();
        one.sort((a, b) -> Long.compare(a.micros, b.micros));  // stable: each fixture keeps its order
        long repetitions = Math.max(1, (targetRecords + perFixture[0] + perFixture[1] - 1) / (perFixture[0] + perFixture[1]));
        ExportRewriter[] rewriters = {new ExportRewriter(), new ExportRewriter()};
        long[] datagrams = new long[2];
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(out), 1 << 20)) {
            o.write(globalHeader());
            for (long r = 0; r < repetitions; r++) {
                long shift = r * SHIFT_SECONDS;
                for (Datagram d : one) {
                    byte[] payload = d.payload.clone();
                    rewriters[d.fixture].rewrite(payload, 0, payload.length, shift);
                    long micros = firstMicros + shift * 1_000_000L + (d.micros - firstMicros);
                    o.write(frame(micros, SOURCES[d.fixture], 50_000 + d.fixture, payload));
                    datagrams[d.fixture]++;
                }
            }
        }
        long[] records = {rewriters[0].flowRecords(), rewriters[1].flowRecords()};
        return new Summary(repetitions, datagrams, records, Files.size(out));
    }

    private static byte[] globalHeader() {
        ByteBuffer b = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(0xA1B2C3D4).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0).putInt(65535).putInt(1);
        return b.array();
    }

    /** A pcap record: Ethernet, IPv4 (with its checksum), UDP (checksum 0: none), payload. */
    private static byte[] frame(long micros, int source, int sourcePort, byte[] payload) {
        int ipLength = 20 + 8 + payload.length;
        ByteBuffer b = ByteBuffer.allocate(16 + 14 + ipLength);
        b.order(ByteOrder.LITTLE_ENDIAN).putInt((int) (micros / 1_000_000)).putInt((int) (micros % 1_000_000))
                .putInt(14 + ipLength).putInt(14 + ipLength);
        b.order(ByteOrder.BIG_ENDIAN);
        b.put(new byte[12]).putShort((short) 0x0800);
        int ip = b.position();
        b.put((byte) 0x45).put((byte) 0).putShort((short) ipLength).putInt(0).put((byte) 64).put((byte) 17).putShort((short) 0)
                .putInt(source).putInt(DESTINATION);
        b.putShort(ip + 10, (short) ipChecksum(b.array(), ip));
        b.putShort((short) sourcePort).putShort((short) PORT).putShort((short) (8 + payload.length)).putShort((short) 0);
        b.put(payload);
        return b.array();
    }

    private static int ipChecksum(byte[] d, int at) {
        int sum = 0;
        for (int i = 0; i < 20; i += 2) sum += (d[at + i] & 0xFF) << 8 | (d[at + i + 1] & 0xFF);
        while (sum > 0xFFFF) sum = (sum & 0xFFFF) + (sum >>> 16);
        return ~sum & 0xFFFF;
    }
}

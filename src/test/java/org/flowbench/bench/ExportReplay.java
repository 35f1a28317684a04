package org.flowbench.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

/**
 * Replays the UDP payloads of a capture written by {@link ExportCaptureGenerator} to a collector
 * at a paced rate, each exporter from its own loopback address (127.0.0.9 for v9, 127.0.0.10
 * for IPFIX), as a router pair would send them. Datagram i leaves at start + i x interval, the
 * interval following from the records/s asked and the capture's records per datagram (its
 * sidecar .tsv); when the sender falls behind it sends what is due at once, otherwise it sleeps (no
 * spinning: the sender shares the two cores with the collector under test).
 * Prints what it sent and the rate it achieved, as TSV.
 *
 * <pre>ExportReplay CAPTURE.pcap HOST:PORT RECORDS_PER_SECOND</pre>
 */
public final class ExportReplay {
    public static void main(String[] args) throws Exception {
        if (args.length != 3) throw new IllegalArgumentException("usage: ExportReplay CAPTURE.pcap HOST:PORT RECORDS_PER_SECOND");
        Path capture = Path.of(args[0]);
        int colon = args[1].lastIndexOf(':');
        InetSocketAddress target = new InetSocketAddress(args[1].substring(0, colon), Integer.parseInt(args[1].substring(colon + 1)));
        double rate = Double.parseDouble(args[2]);
        Map<String, String> sidecar = readSidecar(ExportCaptureGenerator.sidecar(capture));
        long records = Long.parseLong(sidecar.get("flow_records"));
        long datagrams = Long.parseLong(sidecar.get("datagrams"));
        long intervalNanos = Math.max(1, Math.round(1e9 * records / datagrams / rate));
        try (FileChannel file = FileChannel.open(capture)) {
            if (file.size() > Integer.MAX_VALUE) throw new IOException("captures above 2 GB are not supported");
            MappedByteBuffer map = file.map(FileChannel.MapMode.READ_ONLY, 0, file.size());
            map.load();
            Result r = replay(map, target, intervalNanos);
            if (r.datagrams != datagrams) throw new IOException("sent " + r.datagrams + " datagrams, the sidecar says " + datagrams);
            double seconds = r.nanos / 1e9;
            System.out.printf("datagrams\t%d%nrecords\t%d%nseconds\t%.3f%nrecords_per_second\t%.0f%nasked_records_per_second\t%.0f%n",
                    r.datagrams, records, seconds, records / seconds, rate);
        }
    }

    private record Result(long datagrams, long nanos) {}

    private static Result replay(MappedByteBuffer map, InetSocketAddress target, long intervalNanos) throws IOException {
        map.order(ByteOrder.LITTLE_ENDIAN);
        Map<Integer, DatagramChannel> senders = new HashMap<>();
        try {
            // open every exporter's socket before the clock starts, or the first datagrams would go as a burst
            for (int at = 24; map.limit() - at >= 16; at += 16 + map.getInt(at + 8)) {
                int source = sourceOf(map, at + 16);
                if (!senders.containsKey(source)) senders.put(source, open(source));
            }
            int at = 24;
            long sent = 0;
            long start = System.nanoTime();
            while (map.limit() - at >= 16) {
                int captured = map.getInt(at + 8);
                int frame = at + 16;
                // Ethernet (14), IPv4 without options (20), UDP (8): the generator's layout
                int length = (map.get(frame + 14 + 24) & 0xFF) << 8 | (map.get(frame + 14 + 25) & 0xFF);
                DatagramChannel ch = senders.get(sourceOf(map, frame));
                long due = start + sent * intervalNanos;
                long wait;
                // sleeping overshoots by tens of microseconds; the datagrams due meanwhile then go at once
                while ((wait = due - System.nanoTime()) > 0) LockSupport.parkNanos(wait);
                ch.send(map.slice(frame + 14 + 28, length - 8), target);
                sent++;
                at = frame + captured;
            }
            return new Result(sent, System.nanoTime() - start);
        } finally {
            for (DatagramChannel ch : senders.values()) ch.close();
        }
    }

    private static int sourceOf(MappedByteBuffer map, int frame) {
        return Integer.reverseBytes(map.getInt(frame + 14 + 12));
    }

    private static DatagramChannel open(int source) throws IOException {
        DatagramChannel ch = DatagramChannel.open();
        ch.bind(new InetSocketAddress(InetAddress.getByAddress(new byte[] {
                (byte) (source >>> 24), (byte) (source >>> 16), (byte) (source >>> 8), (byte) source}), 0));
        return ch;
    }

    private static Map<String, String> readSidecar(Path tsv) throws IOException {
        Map<String, String> m = new HashMap<>();
        for (String line : Files.readAllLines(tsv)) {
            String[] kv = line.split("\t");
            if (kv.length == 2) m.put(kv[0], kv[1]);
        }
        return m;
    }
}

package org.flowbench.ingest.live;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import org.flowbench.schema.Addresses;

/**
 * One socket's receive loop: reads datagrams, refuses those the allowlist does not accept and
 * hands the others to the decoding thread in pooled slots. When no slot is free the decoder is
 * behind and the datagram is dropped and counted, never queued without bound. Ends when the
 * channel is closed.
 */
final class UdpReceiver implements Runnable {
    private static final int MAX_UDP_PAYLOAD = 65_535;

    private final DatagramChannel channel;
    private final ExporterAllowlist allowlist;
    private final RejectedSources rejected;
    private final BlockingQueue<ReceivedDatagram> free;
    private final BlockingQueue<ReceivedDatagram> filled;
    private final LongAdder received, receivedBytes, drops;
    private final Consumer<String> onFailure;

    UdpReceiver(DatagramChannel channel, ExporterAllowlist allowlist, RejectedSources rejected,
                BlockingQueue<ReceivedDatagram> free, BlockingQueue<ReceivedDatagram> filled,
                LongAdder received, LongAdder receivedBytes, LongAdder drops, Consumer<String> onFailure) {
        this.channel = channel;
        this.allowlist = allowlist;
        this.rejected = rejected;
        this.free = free;
        this.filled = filled;
        this.received = received;
        this.receivedBytes = receivedBytes;
        this.drops = drops;
        this.onFailure = onFailure;
    }

    @Override
    public void run() {
        ByteBuffer buffer = ByteBuffer.allocateDirect(MAX_UDP_PAYLOAD);
        while (true) {
            buffer.clear();
            InetSocketAddress from;
            try {
                from = (InetSocketAddress) channel.receive(buffer);
            } catch (ClosedChannelException e) {
                return;  // stop() closed the socket
            } catch (IOException | RuntimeException e) {
                if (channel.isOpen()) onFailure.accept("receiving on " + describe() + " failed: " + e);
                return;
            }
            if (from == null) continue;
            buffer.flip();
            int n = buffer.remaining();
            received.increment();
            receivedBytes.add(n);
            long[] source = hiLo(from.getAddress());
            if (!allowlist.allows(source[0], source[1])) {
                rejected.count(source[0], source[1]);
                continue;
            }
            ReceivedDatagram slot = free.poll();
            if (slot == null) {
                drops.increment();
                continue;
            }
            buffer.get(slot.buffer(n), 0, n);
            slot.length = n;
            slot.sourceHi = source[0];
            slot.sourceLo = source[1];
            slot.sourcePort = from.getPort();
            slot.receivedMicros = System.currentTimeMillis() * 1000L;
            filled.add(slot);  // never full: it has room for every slot
        }
    }

    private String describe() {
        try {
            return String.valueOf(channel.getLocalAddress());
        } catch (IOException e) {
            return "a closed socket";
        }
    }

    /** The address in the flows table's form: IPv4 (or IPv4-mapped IPv6) as ::ffff:a.b.c.d. */
    static long[] hiLo(InetAddress address) {
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int v4 = (b[0] & 0xFF) << 24 | (b[1] & 0xFF) << 16 | (b[2] & 0xFF) << 8 | (b[3] & 0xFF);
            return new long[] {Addresses.v4Hi(), Addresses.v4Lo(v4)};
        }
        long hi = 0, lo = 0;
        for (int i = 0; i < 8; i++) {
            hi = hi << 8 | (b[i] & 0xFF);
            lo = lo << 8 | (b[i + 8] & 0xFF);
        }
        return new long[] {hi, lo};
    }
}

package org.flowbench.ingest.live;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/** A test exporter: sends payloads from one local address to the collector, a few at a time. */
final class LoopbackSender implements AutoCloseable {
    private final DatagramChannel channel;
    private final InetSocketAddress target;

    LoopbackSender(String fromAddress, InetSocketAddress target) throws IOException {
        this.channel = DatagramChannel.open();
        this.channel.bind(new InetSocketAddress(fromAddress, 0));
        this.target = target;
    }

    /** Sends every payload, pausing {@code pauseMicros} after each burst of {@code burst}. */
    void send(List<byte[]> payloads, int burst, long pauseMicros) throws IOException {
        int n = 0;
        for (byte[] p : payloads) {
            channel.send(ByteBuffer.wrap(p), target);
            if (++n % burst == 0) LockSupport.parkNanos(pauseMicros * 1000);
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    /** Waits until the collector has read {@code n} datagrams off its sockets (or the time is up). */
    static void awaitReceived(UdpCollector c, long n, long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (c.snapshot().received() < n && System.currentTimeMillis() < deadline) Thread.sleep(10);
    }
}

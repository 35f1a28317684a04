package org.flowbench.testsupport;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.util.List;

/**
 * A test exporter that replays softflowd datagrams over and over from one local address, with
 * sequence numbers rewritten so the collector sees an exporter that loses nothing.
 */
public final class SequencedExporter implements AutoCloseable {
    private final DatagramChannel channel;
    private final InetSocketAddress target;
    private final List<byte[]> datagrams;
    private final boolean v5;
    private long sent, records;

    /** @param datagrams NetFlow v5 or v9 datagrams (all of one version), sent in a loop */
    public SequencedExporter(String from, InetSocketAddress target, List<byte[]> datagrams) throws IOException {
        this.channel = DatagramChannel.open();
        this.channel.bind(new InetSocketAddress(from, 0));
        this.target = target;
        this.datagrams = List.copyOf(datagrams);
        this.v5 = (datagrams.get(0)[1] & 0xFF) == 5;
    }

    /** Sends the next {@code n} datagrams of the loop. */
    public void send(int n) throws IOException {
        for (int i = 0; i < n; i++) {
            byte[] d = datagrams.get((int) (sent % datagrams.size()));
            byte[] out = v5 ? ExportDatagrams.withV5Sequence(d, records) : ExportDatagrams.withV9Sequence(d, sent + 1);
            channel.send(ByteBuffer.wrap(out), target);
            if (v5) records += ExportDatagrams.v5Records(d);
            sent++;
        }
    }

    /** Sends arbitrary bytes, e.g. a malformed datagram. */
    public void sendRaw(byte[] bytes) throws IOException {
        channel.send(ByteBuffer.wrap(bytes), target);
    }

    public long sent() { return sent; }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}

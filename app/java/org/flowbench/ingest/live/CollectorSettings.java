package org.flowbench.ingest.live;

import java.time.Duration;
import java.util.List;

/**
 * How a collector session runs.
 *
 * @param listen             sockets to bind (loopback unless the user chose otherwise)
 * @param allowlist          exporters accepted; others are counted as rejected and dropped
 * @param name               the dataset's name, or null for "live YYYY-MM-DD HH:MM:SS"
 * @param receiveBufferBytes SO_RCVBUF asked of the kernel per socket (it may grant less)
 * @param queueSlots         datagrams that may wait for the decoder before new ones are dropped
 * @param batchRows          rows per store commit at most
 * @param flushInterval      rows are committed at least this often, so a crash loses no more
 */
public record CollectorSettings(List<ListenAddress> listen, ExporterAllowlist allowlist, String name,
                                int receiveBufferBytes, int queueSlots, int batchRows, Duration flushInterval) {
    public static final int DEFAULT_RECEIVE_BUFFER = 16 << 20;
    public static final int DEFAULT_QUEUE_SLOTS = 2048;
    public static final int DEFAULT_BATCH_ROWS = 32_768;
    public static final Duration DEFAULT_FLUSH = Duration.ofSeconds(1);

    public CollectorSettings {
        listen = List.copyOf(listen);
        if (listen.isEmpty()) throw new IllegalArgumentException("the collector needs at least one address to listen on");
        if (allowlist == null) allowlist = ExporterAllowlist.everyone();
        if (queueSlots < 1 || batchRows < 1) throw new IllegalArgumentException("queueSlots and batchRows must be positive");
    }

    public static CollectorSettings of(List<ListenAddress> listen) {
        return new CollectorSettings(listen, ExporterAllowlist.everyone(), null, DEFAULT_RECEIVE_BUFFER,
                DEFAULT_QUEUE_SLOTS, DEFAULT_BATCH_ROWS, DEFAULT_FLUSH);
    }

    public CollectorSettings withAllowlist(ExporterAllowlist a) {
        return new CollectorSettings(listen, a, name, receiveBufferBytes, queueSlots, batchRows, flushInterval);
    }

    public CollectorSettings withName(String n) {
        return new CollectorSettings(listen, allowlist, n, receiveBufferBytes, queueSlots, batchRows, flushInterval);
    }

    public CollectorSettings withFlushInterval(Duration d) {
        return new CollectorSettings(listen, allowlist, name, receiveBufferBytes, queueSlots, batchRows, d);
    }
}

package org.flowbench.bench;

import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.flowbench.ingest.ImportReport;
import org.flowbench.ingest.flow.UdpPayloads;
import org.flowbench.ingest.live.CollectorSettings;
import org.flowbench.ingest.live.ListenAddress;
import org.flowbench.ingest.live.UdpCollector;
import org.flowbench.store.Workspace;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A loopback replay into the live collector without loss: softflowd_v10.pcap's IPFIX datagrams
 * repeated until about 1M records, sent by a self-clocked sender that keeps at most WINDOW
 * datagrams undecoded (so the kernel buffer never overflows), timed from the first send until
 * stop() has committed everything. Fails if any datagram was lost. Score = ns per record
 * (records/s = 1e9 / score); needs ../shared.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class LiveCollectorBenchmark {
    static final int RECORDS_PER_FILE = 9165;
    static final int REPEATS = 110;  // 1,008,150 records
    static final int WINDOW = 1024;  // below the 2048 slots and the kernel buffer

    private List<ByteBuffer> payloads;

    @Setup
    public void read() throws Exception {
        Path file = Path.of("../shared/exports/softflowd_v10.pcap");
        if (!Files.isRegularFile(file)) throw new IllegalStateException("../shared/exports is absent");
        payloads = new ArrayList<>();
        for (UdpPayloads.Payload p : UdpPayloads.read(file)) if (p.dstPort() == 2055) payloads.add(ByteBuffer.wrap(p.bytes()));
    }

    @Benchmark
    @OperationsPerInvocation(RECORDS_PER_FILE * REPEATS)
    public long replay() throws Exception {
        Path dir = Files.createTempDirectory("collector-bench");
        try (Workspace ws = Workspace.open(dir.resolve("ws.duckdb"))) {
            UdpCollector c = UdpCollector.start(ws, CollectorSettings.of(List.of(ListenAddress.parse("127.0.0.1:0"))));
            InetSocketAddress to = c.boundAddresses().get(0);
            long sent = 0;
            try (DatagramChannel ch = DatagramChannel.open()) {
                for (int r = 0; r < REPEATS; r++) {
                    for (ByteBuffer p : payloads) {
                        while (sent - c.snapshot().decoded() >= WINDOW) Thread.onSpinWait();
                        ch.send(p.duplicate(), to);
                        sent++;
                    }
                }
                while (c.snapshot().received() < sent) Thread.onSpinWait();
            }
            ImportReport report = c.stop();
            long expected = (long) RECORDS_PER_FILE * REPEATS;
            if (report.rows() != expected || c.snapshot().queueDrops() != 0) {
                throw new IllegalStateException("lost records: stored " + report.rows() + " of " + expected + ": " + report.message());
            }
            return report.rows();
        }
    }
}

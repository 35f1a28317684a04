package org.flowbench.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.flowbench.ingest.ExportRouter;
import org.flowbench.ingest.decode.DamageLog;
import org.flowbench.ingest.flow.ExportDatagram;
import org.flowbench.ingest.flow.UdpPayloads;
import org.flowbench.schema.FlowBatch;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Records per second from datagrams to {@code flows} rows, the part of decode-and-store that runs
 * on the decoding thread before the store: protocol sniffing, the v9/IPFIX decoders and the
 * template cache ({@link FlowDecoderBenchmark} measures those alone), and
 * {@code FlowRecordBatcher} filling 122,880-row batches for a sink that only counts them.
 * softflowd's exports of input_20k.pcap (../shared/exports), 9,165 records per invocation.
 * Beside {@link BulkFlowWriterBenchmark} (rows/s into DuckDB) it splits the import's cost.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgs = {"-Xmx512m"})
@OperationsPerInvocation(FlowDecoderBenchmark.RECORDS)
public class ExportRouterBenchmark {
    @Param({"softflowd_v9.pcap", "softflowd_v10.pcap"})
    public String capture;

    private ExportDatagram[] datagrams;
    private ExportRouter router;
    private long rows;

    @Setup(Level.Trial)
    public void load() throws IOException {
        Path file = Path.of("../shared/exports").resolve(capture);
        if (!Files.isRegularFile(file)) throw new IllegalStateException(file + " is absent: the benchmark needs ../shared/exports");
        List<UdpPayloads.Payload> payloads = UdpPayloads.read(file);
        datagrams = new ExportDatagram[payloads.size()];
        for (int i = 0; i < datagrams.length; i++) {
            ExportDatagram d = payloads.get(i).datagram();
            d.data = payloads.get(i).bytes();
            d.offset = 0;
            datagrams[i] = d;
        }
        router = new ExportRouter((FlowBatch b) -> rows += b.size, 122_880, new DamageLog());
        for (ExportDatagram d : datagrams) router.route(d);
        if (router.records() != FlowDecoderBenchmark.RECORDS) {
            throw new IllegalStateException(capture + " routed " + router.records() + " records, not " + FlowDecoderBenchmark.RECORDS);
        }
    }

    @Benchmark
    public long routeCapture() {
        for (ExportDatagram d : datagrams) router.route(d);
        return rows;
    }
}

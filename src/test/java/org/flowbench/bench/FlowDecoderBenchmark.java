package org.flowbench.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.flowbench.ingest.decode.DamageLog;
import org.flowbench.ingest.flow.ExportDatagram;
import org.flowbench.ingest.flow.ExporterStatsTable;
import org.flowbench.ingest.flow.FlowExportDecoder;
import org.flowbench.ingest.flow.TemplateCache;
import org.flowbench.ingest.flow.UdpPayloads;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Flow records per second decoded from softflowd's v9 and IPFIX exports of input_20k.pcap
 * (../shared/exports), the whole capture's datagrams decoded once per invocation on one thread,
 * through protocol sniffing, the template cache and the record mapper into a consuming handler.
 * Score = records/s (both captures hold {@value #RECORDS} records). nfcapd does about 1M v9 and
 * 2M IPFIX records per CPU-second on this kind of machine.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgs = {"-Xmx512m"})
@OperationsPerInvocation(FlowDecoderBenchmark.RECORDS)
public class FlowDecoderBenchmark {
    static final int RECORDS = 9165;

    @Param({"softflowd_v9.pcap", "softflowd_v10.pcap"})
    public String capture;

    private ExportDatagram[] datagrams;
    private FlowExportDecoder decoder;
    private long records;

    @Setup(Level.Trial)
    public void load() throws IOException {
        Path file = Path.of("../shared/exports").resolve(capture);
        if (!Files.isRegularFile(file)) throw new IllegalStateException(file + " is absent: the benchmark needs ../shared/exports");
        List<UdpPayloads.Payload> payloads = UdpPayloads.read(file);
        datagrams = new ExportDatagram[payloads.size()];
        for (int i = 0; i < datagrams.length; i++) {
            ExportDatagram d = payloads.get(i).datagram();
            d.data = payloads.get(i).bytes(); // one array per datagram, as a socket would hand them over
            d.offset = 0;
            datagrams[i] = d;
        }
        decoder = new FlowExportDecoder(new TemplateCache(), new ExporterStatsTable(), new DamageLog());
        long[] n = new long[1];
        for (ExportDatagram d : datagrams) decoder.decode(d, r -> n[0]++);
        records = n[0];
        if (records != RECORDS) throw new IllegalStateException(capture + " decoded to " + records + " records, not " + RECORDS);
    }

    @Benchmark
    public long decodeCapture(Blackhole bh) {
        long[] sum = new long[1];
        for (ExportDatagram d : datagrams) decoder.decode(d, r -> sum[0] += r.bytes + r.srcLo + r.endMicros);
        bh.consume(sum[0]);
        return records;
    }
}

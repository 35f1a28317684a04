package org.flowbench.bench;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.flowbench.detect.ScenarioIncidents;
import org.flowbench.ingest.ImportJob;
import org.flowbench.report.HtmlRenderer;
import org.flowbench.report.MarkdownRenderer;
import org.flowbench.report.PdfRenderer;
import org.flowbench.report.ReportBuilder;
import org.flowbench.report.ReportModel;
import org.flowbench.report.ReportSpec;
import org.flowbench.store.Workspace;
import org.flowbench.task.Cancellation;
import org.flowbench.task.Progress;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A post-mortem report of the NTP amplification scenario (11.6k packets, 7 minutes, its incident
 * as label): gathering the model from the workspace, then each renderer. Run from the project root.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m", "--add-opens=java.base/java.nio=ALL-UNNAMED"})
@State(Scope.Benchmark)
public class ReportBenchmark {
    Path dir;
    Workspace workspace;
    ReportSpec spec;
    ReportModel model;
    String html;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        Path pcap = Path.of("pcap-samples/ntp-amplification.pcap");
        dir = Files.createTempDirectory("flowbench-report-bench");
        workspace = Workspace.open(dir.resolve("ws.duckdb"));
        long id = new ImportJob(workspace).importFile(pcap, Progress.NONE, Cancellation.none()).datasetId();
        ScenarioIncidents.attachBesides(workspace, id, pcap);
        spec = ReportSpec.of(List.of(id));
        model = new ReportBuilder(workspace).build(spec, Progress.NONE, Cancellation.none());
        html = HtmlRenderer.render(model);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        workspace.close();
    }

    @Benchmark
    public ReportModel gather() throws Exception {
        return new ReportBuilder(workspace).build(spec, Progress.NONE, Cancellation.none());
    }

    @Benchmark
    public String html() {
        return HtmlRenderer.render(model);
    }

    @Benchmark
    public String markdown() {
        return MarkdownRenderer.render(model);
    }

    @Benchmark
    public int pdf() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRenderer.render(html, out);
        return out.size();
    }
}

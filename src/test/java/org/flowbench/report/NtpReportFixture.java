package org.flowbench.report;

import java.nio.file.Files;
import java.nio.file.Path;
import org.flowbench.detect.Presets;
import org.flowbench.detect.RuleFiles;
import org.flowbench.detect.ScenarioIncidents;
import org.flowbench.ingest.ImportJob;
import org.flowbench.store.Workspace;
import org.flowbench.task.Cancellation;
import org.flowbench.task.Progress;

/** The NTP amplification training scenario imported with its labels, a detection rule file and a Flowspec rule. */
final class NtpReportFixture {
    static final Path PCAP = Path.of("pcap-samples/ntp-amplification.pcap");
    static final String VICTIM = "203.0.113.10";
    /** Discards the reflected NTP responses to the victim. */
    static final String FLOWSPEC = """
            {"flowbench-flowspec": 1, "rules": [
              {"name": "ntp-reflection", "family": "ipv4",
               "match": {"destination": "203.0.113.10/32", "protocol": "=udp", "source-port": "=123"},
               "then": {"discard": true}}]}
            """;

    final Workspace workspace;
    final long datasetId;
    final Path detectionRules;
    final Path flowspecRules;

    private NtpReportFixture(Workspace workspace, long datasetId, Path detectionRules, Path flowspecRules) {
        this.workspace = workspace;
        this.datasetId = datasetId;
        this.detectionRules = detectionRules;
        this.flowspecRules = flowspecRules;
    }

    static boolean present() {
        return Files.isRegularFile(PCAP);
    }

    static NtpReportFixture create(Path dir) throws Exception {
        Workspace ws = Workspace.open(dir.resolve("ws.duckdb"));
        long id = new ImportJob(ws).importFile(PCAP, Progress.NONE, Cancellation.none()).datasetId();
        ScenarioIncidents.attachBesides(ws, id, PCAP);
        Path detection = Files.writeString(dir.resolve("detection.json"), RuleFiles.write(Presets.load(Presets.DEFAULT)));
        Path flowspec = Files.writeString(dir.resolve("rules.json"), FLOWSPEC);
        return new NtpReportFixture(ws, id, detection, flowspec);
    }

    ReportSpec spec() {
        return ReportSpec.of(java.util.List.of(datasetId)).withDetectionRules(detectionRules)
                .withFlowspec(flowspecRules, true, "junos").withTitle("NTP reflection, 3 February", "NOC on call");
    }
}

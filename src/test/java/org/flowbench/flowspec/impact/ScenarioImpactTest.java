package org.flowbench.flowspec.impact;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.flowbench.flowspec.IpPrefix;
import org.flowbench.ingest.ImportJob;
import org.flowbench.ingest.ImportReport;
import org.flowbench.samples.IncidentLabel;
import org.flowbench.samples.LabelFile;
import org.flowbench.store.Incident;
import org.flowbench.store.IncidentKind;
import org.flowbench.store.Workspace;
import org.flowbench.task.Cancellation;
import org.flowbench.task.Progress;
import org.flowbench.testsupport.ExternalTools;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * On every committed scenario with an attack: the simulation's attack totals equal the label's
 * counts, the recommended generated rules drop at least 95% of the attack and under 1% of the
 * legitimate packets, and what they match equals tshark's count of the equivalent display filter.
 */
class ScenarioImpactTest {
    static final Path SAMPLES = Path.of("pcap-samples");

    @TempDir Path dir;

    static Stream<String> attackScenarios() throws Exception {
        if (!Files.isDirectory(SAMPLES)) return Stream.of("(pcap-samples absent)");
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.list(SAMPLES)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".labels.json")).sorted().toList()) {
                if (LabelFile.read(p).stream().anyMatch(l -> l.kind().equals("attack"))) {
                    names.add(p.getFileName().toString().replace(".labels.json", ""));
                }
            }
        }
        return names.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attackScenarios")
    void generatedRulesStopTheAttackAndAgreeWithIndependentCounts(String scenario) throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(SAMPLES), "pcap-samples/ is not in the working directory");
        Path pcap = SAMPLES.resolve(scenario + ".pcap");
        List<IncidentLabel> labels = LabelFile.read(SAMPLES.resolve(scenario + ".labels.json"));
        try (Workspace ws = Workspace.open(dir.resolve("ws.duckdb"))) {
            ImportReport imported = new ImportJob(ws).importFile(pcap, Progress.NONE, Cancellation.none());
            long id = imported.datasetId();
            for (IncidentLabel l : labels) {
                ws.incidents().add(new Incident(0, id, l.name(), IncidentKind.fromSql(l.kind()), l.start(), l.end(),
                        l.victim(), l.filter(), null));
            }
            TrafficSplit split = TrafficSplit.fromIncidents(ws.incidents().forDataset(id));
            for (IncidentLabel attack : labels.stream().filter(l -> l.kind().equals("attack")).toList()) {
                GeneratedRules generated = new RuleGenerator(ws).generate(
                        GenerationRequest.of(id, IpPrefix.parse(attack.victim()), new TimeWindow(attack.start(), attack.end()))
                                .withSplit(split));
                RuleProposal best = generated.recommended();
                ImpactReport r = best.impact();
                String what = scenario + " / " + best.name() + " " + best.rules().rules();

                // the split's attack side is exactly the labelled packets and bytes
                assertThat(r.total().attack()).as(what).isEqualTo(new Volume(attack.packets(), attack.bytes()));
                assertThat(r.attackPacketsDroppedShare()).as(what).isGreaterThanOrEqualTo(0.95);
                assertThat(r.legitPacketsDroppedShare()).as(what).isLessThan(0.01);
                assertThat(r.legitVictimPacketsDroppedShare()).as(what).isLessThan(0.01);

                if (!ExternalTools.onPath("tshark")) {
                    System.out.println("tshark is not on PATH: skipping the tshark cross-check for " + scenario);
                    continue;
                }
                Volume counted = tsharkCount(pcap, TsharkFilter.of(best.rules()));
                assertThat(r.set().matched().total()).as(what + "\n" + TsharkFilter.of(best.rules())).isEqualTo(counted);
            }
        }
    }

    /** Packets and layer-3 bytes of the packets the display filter selects, fragments left unreassembled. */
    static Volume tsharkCount(Path pcap, String filter) throws Exception {
        Process p = new ProcessBuilder("tshark", "-n", "-r", pcap.toString(), "-o", "ip.defragment:FALSE",
                "-o", "ipv6.defragment:FALSE", "-Y", filter, "-T", "fields", "-e", "ip.len", "-e", "ipv6.plen")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        long packets = 0, bytes = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                String[] f = line.split("\t", -1);
                packets++;
                bytes += !f[0].isEmpty() ? Long.parseLong(f[0].split(",")[0]) : Long.parseLong(f[1].split(",")[0]) + 40;
            }
        }
        assertThat(p.waitFor()).as("tshark exit status for filter %s", filter).isZero();
        return new Volume(packets, bytes);
    }
}

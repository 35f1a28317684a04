package org.flowbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.flowbench.samples.SampleGenerator;
import org.flowbench.samples.SampleResult;
import org.flowbench.samples.SamplesReadme;
import org.flowbench.samples.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code flowbench samples}: writes the training-lab captures, or one large benchmark capture. */
@Command(name = "samples", mixinStandardHelpOptions = true,
        description = {"Writes the training-lab captures (pcap + labels + README), or with --packets one large "
                + "mixed capture for benchmarks. The same seed always gives byte-identical files."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "2:usage error (unknown scenario, bad number)", "3:the files could not be written", "4:internal error"})
public final class SamplesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", description = "Output directory (default: ${DEFAULT-VALUE})",
            defaultValue = "pcap-samples")
    Path out;

    @Option(names = "--scenario", paramLabel = "NAME", arity = "1..*",
            description = "Scenarios to write (default: all). Known: ntp-amplification, dns-amplification, syn-flood, "
                    + "carpet-bombing, memcached-amplification, ipv6-udp-flood, quiet-day")
    List<String> scenarios = new ArrayList<>();

    @Option(names = "--seed", paramLabel = "N", description = "Seed for every capture written (default: each scenario's own)")
    Long seed;

    @Option(names = "--packets", paramLabel = "N",
            description = "Write one mixed benchmark capture of exactly N packets (not a training sample)")
    Long packets;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        SampleGenerator generator = new SampleGenerator();
        try {
            if (packets != null) {
                if (packets < 1) {
                    stderr.println("--packets must be at least 1, got " + packets);
                    return 2;
                }
                long started = System.nanoTime();
                SampleResult result = generator.writeBenchmark(packets, seed == null ? 1L : seed, out);
                double seconds = (System.nanoTime() - started) / 1e9;
                print(stdout, result);
                stdout.printf(Locale.ROOT, "%d packets in %.1f s%n", result.packets(), seconds);
                return 0;
            }
            List<Scenario> chosen = new ArrayList<>();
            for (String name : scenarios) {
                var scenario = Scenario.named(name);
                if (scenario.isEmpty()) {
                    stderr.println("Unknown scenario '" + name + "'. Known: "
                            + String.join(", ", Scenario.all().stream().map(Scenario::name).toList()));
                    return 2;
                }
                chosen.add(scenario.get());
            }
            boolean all = chosen.isEmpty();
            if (all) chosen = Scenario.all();
            List<SampleResult> results = new ArrayList<>();
            for (Scenario scenario : chosen) {
                SampleResult result = generator.writeScenario(scenario, seed == null ? scenario.seed() : seed, out);
                results.add(result);
                print(stdout, result);
            }
            if (all) {
                Path readme = SamplesReadme.write(out, results);
                stdout.println("wrote " + readme);
            }
            return 0;
        } catch (IOException e) {
            stderr.println("Could not write the samples to " + out + ": " + e.getMessage());
            return 3;
        } catch (RuntimeException e) {
            stderr.println("Internal error while writing the samples: " + e);
            return 4;
        }
    }

    private static void print(PrintWriter stdout, SampleResult result) {
        stdout.printf(Locale.ROOT, "wrote %s (%d packets, %d bytes, seed %d) and %s%n", result.pcap(), result.packets(),
                result.fileBytes(), result.seed(), result.labels().getFileName());
        for (SampleResult.Incident incident : result.incidents()) {
            stdout.printf(Locale.ROOT, "  %s %s: %d packets, %d bytes, %s to %s%n", incident.label().kind(),
                    incident.label().name(), incident.label().packets(), incident.label().bytes(),
                    incident.label().start(), incident.label().end());
        }
    }
}

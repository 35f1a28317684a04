package org.flowbench.flowspec.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.flowbench.flowspec.AddressFamily;
import org.flowbench.flowspec.ComponentType;
import org.flowbench.flowspec.FlowspecRule;
import org.flowbench.flowspec.NumericComponent;
import org.flowbench.flowspec.PrefixComponent;
import org.flowbench.flowspec.RuleSet;
import org.flowbench.flowspec.TrafficRateBytes;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exported configuration passes the real parsers: {@code bird -p -c} (BIRD 2) and {@code exabgp --validate}. */
class ExternalValidatorTest {
    @TempDir
    Path dir;

    static Optional<Path> binary(String name) {
        List<String> dirs = new ArrayList<>(List.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)));
        dirs.addAll(List.of("/usr/sbin", "/usr/local/sbin", "/sbin"));
        return dirs.stream().filter(d -> !d.isEmpty()).map(d -> Path.of(d, name)).filter(Files::isExecutable).findFirst();
    }

    private static Path require(String name) {
        Optional<Path> p = binary(name);
        Assumptions.assumeTrue(p.isPresent(), name + " is not installed; skipping the check against the real parser");
        return p.get();
    }

    record Run(int exit, String output) {}

    private static Run run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "validator did not finish");
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    private static RuleSet expressible(String dialect) {
        return new RuleSet(RuleCatalogue.except(DialectRoundTripTest.REFUSED.get(dialect)));
    }

    private Run bird(String flowConfig) throws Exception {
        Path bird = require("bird");
        Path conf = dir.resolve("bird.conf");
        Files.writeString(conf, "router id 192.0.2.1;\n\n" + flowConfig);
        return run(List.of(bird.toString(), "-p", "-c", conf.toString()));
    }

    private Run exabgp(String flowBlock) throws Exception {
        Path exabgp = require("exabgp");
        Path conf = dir.resolve("exabgp.conf");
        Files.writeString(conf, "neighbor 127.0.0.1 {\n    router-id 192.0.2.1;\n    local-address 127.0.0.1;\n"
                + "    local-as 65000;\n    peer-as 65000;\n    family {\n        ipv4 flow;\n        ipv6 flow;\n    }\n"
                + flowBlock.indent(4) + "}\n");
        return run(List.of(exabgp.toString(), "--validate", conf.toString()));
    }

    @Test
    void birdParsesEveryExpressibleRule() throws Exception {
        String text = Exporter.export(expressible("bird"), new BirdDialect());
        Run r = bird(text);
        assertEquals(0, r.exit(), () -> r.output() + "\n" + text);
    }

    @Test
    void birdRejectsWhatWeRejectToo() throws Exception {
        // a control that the check can fail: protocol 300 is refused by BIRD and by our validation
        FlowspecRule bad = FlowspecRule.of(AddressFamily.IPV4, List.of(PrefixComponent.destination("192.0.2.1/32"),
                NumericComponent.anyOf(ComponentType.IP_PROTOCOL, 300)), List.of(TrafficRateBytes.discard()));
        RuleSet set = RuleSet.of(bad);
        Run r = bird(new BirdDialect().write(set));
        assertNotEquals(0, r.exit(), r.output());
        assertThrows(Exporter.InvalidRulesException.class, () -> Exporter.export(set, new BirdDialect()));
    }

    @Test
    void exabgpValidatesEveryExpressibleRule() throws Exception {
        String text = Exporter.export(expressible("exabgp"), new ExabgpConfigDialect());
        Run r = exabgp(text);
        assertEquals(0, r.exit(), () -> r.output() + "\n" + text);
    }

    @Test
    void exabgpRejectsABrokenRouteSoTheCheckCanFail() throws Exception {
        Run r = exabgp("flow {\n    route broken {\n        match {\n            destination 192.0.2.1/32;\n"
                + "            destination-port =70000;\n        }\n        then {\n            discard;\n        }\n    }\n}\n");
        assertNotEquals(0, r.exit(), r.output());
    }

    @Test
    void exportRefusesRulesWithErrors() {
        FlowspecRule portWithIcmp = FlowspecRule.of(AddressFamily.IPV4, List.of(PrefixComponent.destination("192.0.2.1/32"),
                NumericComponent.anyOf(ComponentType.IP_PROTOCOL, 1), NumericComponent.anyOf(ComponentType.DESTINATION_PORT, 80)),
                List.of(TrafficRateBytes.discard()));
        for (Dialect d : Dialects.all()) {
            if (!d.canWrite()) continue;
            var e = assertThrows(Exporter.InvalidRulesException.class, () -> Exporter.export(RuleSet.of(portWithIcmp), d), d.name());
            assertTrue(e.problems().stream().anyMatch(p -> p.component() == ComponentType.DESTINATION_PORT), e.problems().toString());
        }
    }
}

package org.flowbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class FlowspecCommandTest extends WorkspaceCliTest {
    private static final String RULES = """
            {"flowbench-flowspec": 1, "rules": [
              {"name": "wide", "family": "ipv4", "match": {"destination": "198.51.100.0/24", "protocol": "=udp"}, "then": {"rate-limit-bytes": 125000}},
              {"name": "ntp", "family": "ipv4", "match": {"destination": "198.51.100.10/32", "protocol": "=udp", "source-port": "=123"},
               "then": {"discard": true}}
            ]}
            """;

    private Path file(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void validateListsRulesInEvaluationOrder() throws Exception {
        int code = run("flowspec", "validate", file("rules.json", RULES).toString());
        assertEquals(0, code, err.toString());
        String text = out.toString();
        assertTrue(text.indexOf("ntp") < text.indexOf("wide"), "the /32 comes first:\n" + text);
        assertTrue(text.contains("2 rules, no problems"), text);
    }

    @Test
    void validateReportsProblemsAndExitsOne() throws Exception {
        String bad = RULES.replace("\"protocol\": \"=udp\", \"source-port\"", "\"protocol\": \"=icmp\", \"source-port\"");
        int code = run("flowspec", "validate", "--format", "csv", file("bad.json", bad).toString());
        assertEquals(1, code);
        assertTrue(out.toString().contains("2,ntp,error,source port,\"ports match only TCP or UDP"), out.toString());
    }

    @Test
    void exportTranslatesADetectedDialect() throws Exception {
        Path exa = file("exa.conf", "flow { route r1 { match { destination 198.51.100.10/32; protocol udp; source-port =123; } then { rate-limit 125000; } } }");
        assertEquals(0, run("flowspec", "export", exa.toString(), "--dialect", "junos"), err.toString());
        assertTrue(out.toString().contains("rate-limit 1000000;"), "bytes/s become bits/s:\n" + out);
        assertEquals(0, run("flowspec", "export", exa.toString(), "--dialect", "bird"), err.toString());
        assertTrue(out.toString().contains("bgp_ext_community.add((generic, 0x80060000, 0x47f42400));"), out.toString());
    }

    @Test
    void exportRefusesInvalidRules() throws Exception {
        Path bad = file("bad.json", RULES.replace("198.51.100.10/32", "2001:db8::1/128"));
        assertEquals(1, run("flowspec", "export", bad.toString(), "--dialect", "exabgp"));
        assertTrue(err.toString().contains("not an IPv4 prefix"), err.toString());
        assertEquals("", out.toString());
    }

    @Test
    void exportSaysWhatADialectCannotExpress() throws Exception {
        Path packets = file("p.json", RULES.replace("\"rate-limit-bytes\": 125000", "\"rate-limit-packets\": 100"));
        assertEquals(1, run("flowspec", "export", packets.toString(), "--dialect", "gobgp"));
        assertTrue(err.toString().contains("gobgp cannot express rule 'wide': a packet rate"), err.toString());
    }

    @Test
    void syntaxErrorsPointAtLineAndColumn() throws Exception {
        Path broken = file("broken.conf", "flow {\n route r { match { destination 10.0.0.0/8; colour red; } then { discard; } }\n}\n");
        assertEquals(3, run("flowspec", "validate", broken.toString(), "--from", "exabgp"));
        assertTrue(err.toString().contains("broken.conf:2:44: unknown match condition 'colour'"), err.toString());
    }

    @Test
    void unknownOrReadOnlyDialectIsAUsageError() throws Exception {
        Path rules = file("rules.json", RULES);
        assertEquals(2, run("flowspec", "export", rules.toString(), "--dialect", "fastnetmon"));
        assertEquals(2, run("flowspec", "validate", rules.toString(), "--from", "cisco-ios"));
    }
}

package org.flowbench.flowspec.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.flowbench.flowspec.AddressFamily;
import org.flowbench.flowspec.ComponentType;
import org.flowbench.flowspec.FlowspecRule;
import org.flowbench.flowspec.RuleSet;
import org.flowbench.flowspec.TrafficRateBytes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each reader points at the line and column where the text went wrong, and reads the syntax the facts sheet shows. */
class DialectParseErrorTest {
    static Stream<Arguments> broken() {
        return Stream.of(
                Arguments.of("exabgp", "flow {\n  route r1 {\n    match {\n      destination 10.0.0.0/8;\n      colour red;\n", 5, 7, "unknown match"),
                Arguments.of("exabgp", "flow { route r { match { source-port =abc; } then { discard; } } }", 1, 38, "not a valid source port"),
                Arguments.of("exabgp-api", "announce flow route { match { destination 10.0.0.0/8; } then { explode; } }", 1, 64, "unknown action"),
                Arguments.of("exabgp-api", "withdraw flow route { }\nhello", 2, 1, "expected"),
                Arguments.of("bird", "protocol static s { flow4;\n route flow4 { dst 10.0.0.0/8; sport >= x; }; }", 2, 41, "not a number"),
                Arguments.of("bird", "route flow4 { dst 10.0.0.0/8; } { bgp_ext_community.add((generic, 0x12340000, 0)); };", 1, 67, "not a Flowspec action"),
                Arguments.of("gobgp", "gobgp global rib -a ipv4-flowspec add match destination 10.0.0.0/8 colour red then discard", 1, 68, "neither a prefix offset nor a match condition"),
                Arguments.of("gobgp", "gobgp global rib -a l2vpn-flowspec add match", 1, 21, "expected ipv4-flowspec"),
                Arguments.of("junos", "routing-options { flow { route R {\n match { packet-length 1500-100; }\n then discard; } } }", 2, 24, "low to high"),
                Arguments.of("iosxr", "class-map type traffic match-all A\n match destination-address ipv4 10.0.0.0 255.0.255.0\n end-class-map\n", 2, 42, "netmask"),
                Arguments.of("json", "{\"flowbench-flowspec\": 1, \"rules\": [\n {\"family\": \"ipv4\", \"match\": {\"protocol\": \"=udpx\"}}]}", 2, 43, "not a valid IP protocol"),
                Arguments.of("json", "{\"flowbench-flowspec\": 1, \"rules\": [{\"family\": \"ipv4\", \"family\": \"ipv6\"}]}", 1, 64, "Duplicate"),
                Arguments.of("fastnetmon", "[{\"destination_prefix\": \"10.0.0.0/8\", \"vlans\": [5]}]", 1, 2, "no Flowspec equivalent"));
    }

    @ParameterizedTest(name = "{0}: {4}")
    @MethodSource("broken")
    void pointsAtTheError(String dialect, String text, int line, int column, String reason) {
        var e = assertThrows(DialectParseException.class, () -> Dialects.named(dialect).orElseThrow().read(text));
        assertTrue(e.reason().contains(reason), e.getMessage());
        assertEquals(line + ":" + column, e.line() + ":" + e.column(), e.getMessage());
    }

    @Test
    void readsTheFactSheetExamples() throws Exception {
        String exabgp = "flow { route r1 { match { destination 198.51.100.10/32; protocol udp; source-port =123; packet-length =468; }\n"
                + "                  then { discard; } }\n"
                + "       route r2 { match { destination 198.51.100.0/24; protocol udp; source-port =53; packet-length >=1476&<=1500; }\n"
                + "                  then { rate-limit 125000; } }\n"
                + "       route syn { match { destination 198.51.100.10/32; protocol tcp; tcp-flags [ =syn&!ack ]; fragment [ !is-fragment ]; } then { discard; } }\n"
                + "       route v6 { match { destination 2001:db8::/64/0; next-header udp; source-port =53; flow-label 2013; } then { discard; } } }";
        RuleSet fromExa = new ExabgpConfigDialect().read(exabgp);
        assertEquals(4, fromExa.size());
        assertEquals(AddressFamily.IPV6, fromExa.rules().get(3).family());
        String bird = "protocol static fs4 { flow4;\n"
                + "  route flow4 { dst 198.51.100.10/32; proto 17; sport 123; length 468; }\n"
                + "    { bgp_ext_community.add((generic, 0x80060000, 0)); };\n"
                + "  route flow4 { dst 198.51.100.0/24; proto 17; sport 53; length 1476..1500; }\n"
                + "    { bgp_ext_community.add((generic, 0x80060000, 0x47f42400)); };\n"
                + "  route flow4 { dst 198.51.100.10/32; tcp flags 0x02/0x12; fragment !is_fragment; }\n"
                + "    { bgp_ext_community.add((generic, 0x80060000, 0)); };\n}\n";
        RuleSet fromBird = new BirdDialect().read(bird);
        String gobgp = "gobgp global rib -a ipv4-flowspec add match destination 198.51.100.10/32 protocol udp source-port ==123 packet-length ==468 then discard\n"
                + "gobgp global rib -a ipv4-flowspec add match destination 198.51.100.0/24 protocol udp source-port ==53 packet-length '>=1476&<=1500' then rate-limit 125000\n"
                + "gobgp global rib -a ipv4-flowspec add match destination 198.51.100.10/32 protocol tcp tcp-flags '=S &!A' fragment '!is-fragment' then discard\n";
        RuleSet fromGo = new GobgpDialect().read(gobgp);
        String junos = "routing-options { flow { term-order standard;\n"
                + "  route R1 { match { destination 198.51.100.10/32; protocol udp; source-port 123; packet-length 468; } then discard; }\n"
                + "  route R2 { match { destination 198.51.100.0/24; protocol udp; source-port 53; packet-length 1476-1500; } then rate-limit 1000000; } } }";
        RuleSet fromJunos = new JunosDialect().read(junos);
        // the same two rules through four syntaxes; the third (SYN, not fragment) through three
        for (RuleSet other : new RuleSet[] {fromBird, fromGo, fromJunos}) {
            for (int i = 0; i < (other == fromGo ? 3 : 2); i++) {
                FlowspecRule a = fromExa.rules().get(i), b = other.rules().get(i);
                assertTrue(a.sameFlowAndActions(b), a + "\n" + b);
            }
        }
        // BIRD's 0x02/0x12 is ExaBGP's =syn&!ack; its third rule just lacks the protocol
        assertEquals(fromExa.rules().get(2).bitmask(ComponentType.TCP_FLAGS), fromBird.rules().get(2).bitmask(ComponentType.TCP_FLAGS));
        assertEquals(fromExa.rules().get(2).bitmask(ComponentType.FRAGMENT), fromBird.rules().get(2).bitmask(ComponentType.FRAGMENT));
        assertEquals(125000f, fromJunos.rules().get(1).action(TrafficRateBytes.class).orElseThrow().bytesPerSecond());
        assertTrue(fromExa.rules().get(1).numeric(ComponentType.PACKET_LENGTH).orElseThrow().matches(1490));
    }

    @Test
    void readsFastNetMonJsonAsItIsEncoded() throws Exception {
        String fnm = "{\"destination_prefix\":\"198.51.100.10/32\",\"source_ports\":[53],\"packet_lengths\":[777],"
                + "\"protocols\":[\"udp\"],\"fragmentation_flags\":[\"is-fragment\"],\"tcp_flags\":[\"syn\"],"
                + "\"action_type\":\"rate-limit\",\"action\":{\"rate\":1024}}";
        FlowspecRule r = new FastNetMonJson().read(fnm).rules().get(0);
        assertEquals("flow4 { dst 198.51.100.10/32; IP protocol ==17; source port ==53; TCP flags 0x2; packet length ==777; "
                + "fragment 0x2; } then { rate-limit 1024.0 bytes/s; }", r.toString());
        assertTrue(r.bitmask(ComponentType.TCP_FLAGS).orElseThrow().matches(0x12), "FastNetMon's syn has no match bit: SYN-ACK matches");
    }
}

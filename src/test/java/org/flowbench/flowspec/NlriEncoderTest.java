package org.flowbench.flowspec;

import static org.flowbench.flowspec.ComponentType.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HexFormat;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NlriEncoderTest {
    static Stream<Arguments> rules() {
        return Stream.of(
                // RFC 8955 section 4.3, example 1: to 192.0.2.0/24, TCP, port 25
                Arguments.of(Rules.v4().dst("192.0.2.0/24").eq(IP_PROTOCOL, 6).eq(PORT, 25).build(),
                        "0b01 18c00002 038106 048119"),
                // example 2: to 192.0.2.0/24 from 203.0.113.0/24, port [137,139] or 8080
                Arguments.of(Rules.v4().dst("192.0.2.0/24").src("203.0.113.0/24")
                        .num(PORT, NumericTerm.of(NumericOp.GE, 137), NumericTerm.and(NumericOp.LE, 139), NumericTerm.of(NumericOp.EQ, 8080)).build(),
                        "12 0118c00002 0218cb0071 0403894 58b911f90".replace(" ", "")),
                // example 3: to 192.0.2.1/32, fragment DF or FF
                Arguments.of(Rules.v4().dst("192.0.2.1/32")
                        .bits(FRAGMENT, BitmaskTerm.any(BitmaskComponent.DONT_FRAGMENT | BitmaskComponent.FIRST_FRAGMENT)).build(),
                        "09 0120c0000201 0c8005"),
                // FLOWSPEC.md R1 and R2
                Arguments.of(Rules.v4().dst("198.51.100.10/32").eq(IP_PROTOCOL, 17).eq(SOURCE_PORT, 123).eq(PACKET_LENGTH, 468).build(),
                        "10 0120c633640a 038111 06817b 0a9101d4"),
                Arguments.of(Rules.v4().dst("198.51.100.0/24").eq(IP_PROTOCOL, 17).eq(SOURCE_PORT, 53).range(PACKET_LENGTH, 1476, 1500).build(),
                        "12 0118c63364 038111 068135 0a1305c4d505dc"),
                // RFC 8956 section 3.1: pattern = bits offset..length-1 (BIRD's doc example)
                Arguments.of(Rules.v6().src("::1234:5678:9800:0000/101", 64).build(),
                        "08 02654012345678 98"),
                Arguments.of(Rules.v6().dst("2001:db8::/32").eq(FLOW_LABEL, 0x12345).build(),
                        "0d 01200020010db8 0da100012345"),
                // type order on the wire whatever the given order; TCP flags match bit, 2-octet value
                Arguments.of(Rules.v4().bits(TCP_FLAGS, BitmaskTerm.all(0x0102)).eq(DSCP, 46).dst("10.0.0.0/8").build(),
                        "0a 01080a 09910102 0b812e"));
    }

    @ParameterizedTest
    @MethodSource("rules")
    void encodesAsTheRfcAndTheFactsSheetDo(FlowspecRule rule, String expectedHex) {
        assertEquals(expectedHex.replace(" ", ""), HexFormat.of().formatHex(NlriEncoder.nlri(rule)), rule.toString());
    }

    @ParameterizedTest
    @MethodSource("rules")
    void lengthOctetCountsTheBody(FlowspecRule rule, String ignored) {
        byte[] nlri = NlriEncoder.nlri(rule);
        assertEquals(nlri.length - 1, nlri[0] & 0xFF);
    }
}

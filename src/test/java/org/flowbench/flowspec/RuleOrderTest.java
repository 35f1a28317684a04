package org.flowbench.flowspec;

import static org.flowbench.flowspec.ComponentType.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RuleOrderTest {
    private static List<String> namesInOrder(FlowspecRule... rules) {
        return RuleSet.of(rules).ordered().stream().map(FlowspecRule::name).toList();
    }

    @Test
    void iosXrExampleRanksOperatorBytes() {
        // FLOWSPEC.md 1.5: DPort:=111 before SPort:>=137&<=138 (op 0x03) before SPort:=19 (op 0x81)
        FlowspecRule sport19 = Rules.v4().name("sport19").dst("7.7.7.7/32").eq(IP_PROTOCOL, 17).eq(SOURCE_PORT, 19).build();
        FlowspecRule sportRange = Rules.v4().name("range").dst("7.7.7.7/32").eq(IP_PROTOCOL, 17).range(SOURCE_PORT, 137, 138).build();
        FlowspecRule dport = Rules.v4().name("dport").dst("7.7.7.7/32").eq(IP_PROTOCOL, 17).eq(DESTINATION_PORT, 111).build();
        assertEquals(List.of("dport", "range", "sport19"), namesInOrder(sport19, sportRange, dport));
    }

    @Test
    void destinationAndSourceBeforeDestinationOnly() {
        FlowspecRule dstOnly = Rules.v4().name("dst").dst("7.7.7.7/32").build();
        FlowspecRule both = Rules.v4().name("both").dst("7.7.7.7/32").src("10.0.0.0/8").build();
        assertEquals(List.of("both", "dst"), namesInOrder(dstOnly, both));
    }

    @Test
    void lowerTypePresentOnlyInOneRuleWins() {
        FlowspecRule withDst = Rules.v4().name("dst").dst("7.7.7.7/32").eq(PORT, 80).build();
        FlowspecRule withSrc = Rules.v4().name("src").src("7.7.7.7/32").eq(IP_PROTOCOL, 6).build();
        assertEquals(List.of("dst", "src"), namesInOrder(withSrc, withDst));
    }

    @Test
    void moreSpecificPrefixFirstElseLowerValue() {
        FlowspecRule wide = Rules.v4().name("/8").dst("10.0.0.0/8").build();
        FlowspecRule narrow = Rules.v4().name("/24").dst("10.1.2.0/24").build();
        FlowspecRule other = Rules.v4().name("9/16").dst("9.0.0.0/16").build();
        FlowspecRule high = Rules.v4().name("192/32").dst("192.0.2.1/32").build();
        assertEquals(List.of("9/16", "/24", "/8", "192/32"), namesInOrder(high, wide, narrow, other));
    }

    @Test
    void ipv6LowerOffsetFirstThenPrefixRule() {
        FlowspecRule off64 = Rules.v6().name("off64").dst("::1:0:0:0:0/80", 64).build();
        FlowspecRule off0 = Rules.v6().name("off0").dst("2001:db8::/32").build();
        FlowspecRule off0Narrow = Rules.v6().name("off0/64").dst("2001:db8:1::/64").build();
        assertEquals(List.of("off0/64", "off0", "off64"), namesInOrder(off64, off0, off0Narrow));
    }

    @Test
    void equalCommonBytesLongerStringWins() {
        // port ==80 (81 50) versus port ==80 | ==443 (01 50 91 01bb): first op octet 0x01 < 0x81 anyway;
        // equal common part: lt 0x04 ... use the RFC rule directly on bytes
        assertTrue(RuleOrder.compareBytes(new byte[] {4, 1, 2}, new byte[] {4, 1, 2, 3}) > 0);
        assertTrue(RuleOrder.compareBytes(new byte[] {4, 1, 3}, new byte[] {4, 1, 2, 3}) > 0);
        assertTrue(RuleOrder.compareBytes(new byte[] {4, 1, 2}, new byte[] {4, 1, 2}) == 0);
    }

    @Test
    void orderIsStableForEqualRules() {
        FlowspecRule a = Rules.v4().name("a").dst("10.0.0.0/8").discard().build();
        FlowspecRule b = Rules.v4().name("b").dst("10.0.0.0/8").then(TrafficRateBytes.of(1000)).build();
        assertEquals(List.of("a", "b"), namesInOrder(a, b));
        assertEquals(List.of("b", "a"), namesInOrder(b, a));
    }
}

package org.flowbench.flowspec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MatchingTest {
    @Test
    void andBindsTighterThanOr() {
        // >=137 & <=139 | ==8080
        NumericComponent c = NumericComponent.of(ComponentType.PORT, NumericTerm.of(NumericOp.GE, 137),
                NumericTerm.and(NumericOp.LE, 139), NumericTerm.of(NumericOp.EQ, 8080));
        for (long v : new long[] {137, 138, 139, 8080}) assertTrue(c.matches(v), "" + v);
        for (long v : new long[] {0, 136, 140, 8079, 8081}) assertFalse(c.matches(v), "" + v);
    }

    @Test
    void everyOperatorFollowsItsBits() {
        assertTrue(NumericOp.TRUE.test(5, 9));
        assertFalse(NumericOp.FALSE.test(9, 9));
        assertTrue(NumericOp.NE.test(5, 9));
        assertFalse(NumericOp.NE.test(9, 9));
        assertTrue(NumericOp.LE.test(9, 9));
        assertFalse(NumericOp.LT.test(9, 9));
        assertEquals(0b011, NumericOp.GE.bits());
    }

    @Test
    void bitmaskMatchAnyAndNot() {
        int synAck = BitmaskComponent.SYN | BitmaskComponent.ACK;
        assertTrue(BitmaskTerm.all(BitmaskComponent.SYN).test(synAck));
        assertFalse(BitmaskTerm.all(synAck).test(BitmaskComponent.SYN));
        assertTrue(BitmaskTerm.any(synAck).test(BitmaskComponent.SYN));
        assertTrue(BitmaskTerm.any(synAck).negated().test(BitmaskComponent.FIN));
        // =syn & !ack: a bare SYN, not SYN-ACK
        BitmaskComponent synOnly = BitmaskComponent.of(ComponentType.TCP_FLAGS, BitmaskTerm.all(BitmaskComponent.SYN),
                new BitmaskTerm(true, true, false, BitmaskComponent.ACK));
        assertTrue(synOnly.matches(BitmaskComponent.SYN));
        assertFalse(synOnly.matches(synAck));
    }

    @Test
    void terminalBitSetMeansEvaluationContinues() {
        FlowspecRule none = Rules.v4().dst("10.0.0.0/8").discard().build();
        FlowspecRule set = Rules.v4().dst("10.0.0.0/8").then(new TrafficAction(false, true)).build();
        FlowspecRule clear = Rules.v4().dst("10.0.0.0/8").then(new TrafficAction(true, false)).build();
        assertFalse(none.continuesEvaluation());
        assertTrue(set.continuesEvaluation());
        assertFalse(clear.continuesEvaluation());
        assertEquals(0x8007_0000_0000_0001L, new TrafficAction(false, true).extendedCommunity());
        assertEquals(0x8007_0000_0000_0002L, new TrafficAction(true, false).extendedCommunity());
    }

    @Test
    void actionCommunities() {
        assertEquals(0x8006_0000_47F4_2400L, TrafficRateBytes.of(125000).extendedCommunity());
        assertEquals(0x8008_FDE8_0000_0064L, Redirect.to("65000:100").extendedCommunity());
        assertEquals(0x8208_FA56_EA00_0005L, Redirect.to("4200000000:5").extendedCommunity());
        assertEquals(0x8108_C000_0201_0007L, Redirect.to("192.0.2.1:7").extendedCommunity());
        assertEquals(0x8009_0000_0000_002EL, new TrafficMarking(46).extendedCommunity());
    }

    @Test
    void prefixesGiveFlowsRangesInMappedForm() {
        IpPrefix p = IpPrefix.parse("198.51.100.77/24");
        assertEquals("198.51.100.0/24", p.toString());
        assertEquals("ffffc6336400", p.flowsLow().toString(16));
        assertEquals("ffffc63364ff", p.flowsHigh().toString(16));
        IpPrefix v6 = IpPrefix.parse("2001:db8::1/32");
        assertEquals("2001:db8::/32", v6.toString());
        assertTrue(v6.contains(IpPrefix.parse("2001:db8:1::/48")));
    }
}

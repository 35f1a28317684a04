package org.flowbench.flowspec.impact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.flowbench.flowspec.AddressFamily;
import org.flowbench.flowspec.BitmaskComponent;
import org.flowbench.flowspec.BitmaskTerm;
import org.flowbench.flowspec.ComponentType;
import org.flowbench.flowspec.FlowspecRule;
import org.flowbench.flowspec.NumericComponent;
import org.flowbench.flowspec.NumericOp;
import org.flowbench.flowspec.NumericTerm;
import org.flowbench.flowspec.PrefixComponent;
import org.flowbench.flowspec.RuleSet;
import org.flowbench.flowspec.TrafficRateBytes;
import org.junit.jupiter.api.Test;

class TcamEstimateTest {
    @Test
    void rangesCostTheAlignedBlocksThatCoverThem() {
        assertThat(TcamEstimate.blocks(1476, 1500)).isEqualTo(5);  // 1476-79, 1480-87, 1488-95, 1496-99, 1500
        assertThat(TcamEstimate.blocks(0, 65535)).isEqualTo(1);
        assertThat(TcamEstimate.blocks(1, 65534)).isEqualTo(30);    // the worst case, 2w - 2
        assertThat(TcamEstimate.blocks(53, 53)).isEqualTo(1);
    }

    @Test
    void aRuleCostsTheProductOfItsComponentsAndIpv6Twice() {
        FlowspecRule r2 = FlowspecRule.of(AddressFamily.IPV4, List.of(PrefixComponent.destination("198.51.100.0/24"),
                NumericComponent.anyOf(ComponentType.IP_PROTOCOL, 17), NumericComponent.anyOf(ComponentType.SOURCE_PORT, 53, 123),
                NumericComponent.range(ComponentType.PACKET_LENGTH, 1476, 1500)), List.of(TrafficRateBytes.of(125000)));
        assertThat(TcamEstimate.entries(r2)).isEqualTo(2 * 5);
        FlowspecRule ne = FlowspecRule.of(AddressFamily.IPV6, List.of(PrefixComponent.destination("2001:db8::/64"),
                NumericComponent.of(ComponentType.DESTINATION_PORT, NumericTerm.of(NumericOp.NE, 80))), List.of());
        // != 80 is 0..79 (4 blocks: 0-63, 64-71, 72-75, 76-79) and 81..65535 (1+1+2+... = 12 blocks), doubled for IPv6
        assertThat(TcamEstimate.entries(ne)).isEqualTo(2 * (TcamEstimate.blocks(0, 79) + TcamEstimate.blocks(81, 65535)));
        FlowspecRule syn = FlowspecRule.of(AddressFamily.IPV4, List.of(BitmaskComponent.of(ComponentType.TCP_FLAGS,
                BitmaskTerm.all(0x02), BitmaskTerm.any(0x10).negated().withAnd(true), BitmaskTerm.any(0x05))), List.of());
        assertThat(TcamEstimate.entries(syn)).isEqualTo(1 + 2);    // (=SYN & !ACK) | (FIN or RST)
        TcamEstimate set = TcamEstimate.of(new RuleSet(List.of(r2, syn)));
        assertThat(Map.of("rules", set.rules(), "entries", set.entries())).isEqualTo(Map.of("rules", 2, "entries", 13L));
        assertThat(set.fits(13)).isTrue();
        assertThat(set.fits(12)).isFalse();
    }

    @Test
    void lengthPercentilesAreWeightedByPackets() {
        int[] p = VictimProfiler.percentiles(Map.of(40, 5.0, 52, 90.0, 1500, 5.0), 100);
        assertThat(p).containsExactly(40, 52, 52, 52, 52, 1500);
        assertThat(VictimProfiler.percentiles(Map.of(100, 10.0, 200, 80.0, 300, 10.0), 100)).containsExactly(100, 100, 200, 200, 200, 300);
        assertThat(VictimProfiler.dominant(Map.of(53, 97.0, 1234, 3.0), 100)).containsExactly(53);
        assertThat(VictimProfiler.dominant(Map.of(53, 90.0, 1234, 10.0), 100)).containsExactly(53, 1234);  // until 95% are covered
        assertThat(VictimProfiler.dominant(Map.of(1, 30.0, 2, 30.0, 3, 30.0, 4, 10.0), 100)).containsExactly(1, 2, 3);
        assertThat(VictimProfiler.dominant(Map.of(1, 25.0, 2, 25.0, 3, 25.0, 4, 25.0), 100)).isEmpty();
    }
}

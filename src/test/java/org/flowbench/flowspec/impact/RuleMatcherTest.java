package org.flowbench.flowspec.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.flowbench.flowspec.ComponentType.*;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.flowbench.filter.SqlFragment;
import org.flowbench.flowspec.AddressFamily;
import org.flowbench.flowspec.BitmaskComponent;
import org.flowbench.flowspec.BitmaskTerm;
import org.flowbench.flowspec.Component;
import org.flowbench.flowspec.FlowspecRule;
import org.flowbench.flowspec.NumericComponent;
import org.flowbench.flowspec.NumericOp;
import org.flowbench.flowspec.NumericTerm;
import org.flowbench.flowspec.PrefixComponent;
import org.flowbench.flowspec.TrafficRateBytes;
import org.flowbench.store.Workspace;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every component type and operator against eleven hand-made rows; each row's packet count is
 * its number, so a rule's expected matches are written as row numbers.
 */
class RuleMatcherTest {
    @TempDir static Path dir;
    static Workspace ws;
    static long id;

    @BeforeAll
    static void rows() throws Exception {
        ws = Workspace.open(dir.resolve("ws.duckdb"));
        id = new Rows()
                // 1: first fragment of a big DNS answer (FF)
                .row().volume(1, 1500).src("10.0.0.1").ports(53, 40000).frag(4)
                // 2: its middle fragment (IsF, no ports), 3: its last fragment (IsF|LF)
                .row().volume(2, 2000).src("10.0.0.2").ports(0, 0).frag(2)
                .row().volume(3, 1800).src("10.0.0.3").ports(0, 0).frag(2 | 8)
                // 4: bare SYN with DF, 5: SYN-ACK from port 443
                .row().volume(4, 160).src("10.0.0.4").proto(6).ports(50000, 443).tcpFlags(0x02).frag(1)
                .row().volume(5, 260).src("10.0.0.5").proto(6).ports(443, 50000).tcpFlags(0x12)
                // 6: ICMP echo request, 7: port unreachable
                .row().volume(6, 504).src("10.1.0.6").proto(1).ports(0, 0).icmp(8, 0)
                .row().volume(7, 392).src("10.1.0.7").proto(1).ports(0, 0).icmp(3, 3)
                // 8: IPv6 NTP with DSCP EF, 9: ICMPv6 echo request
                .row().volume(8, 800).src("2001:db8::8").dst("2001:db8:100::10").ports(123, 123).dscp(46)
                .row().volume(9, 900).src("2001:db8::9").dst("2001:db8:100::10").proto(58).ports(0, 0).icmp(128, 0)
                // 10: IPv4 NTP with EF elsewhere, 11: IPv6 to another /48 with the same interface id
                .row().volume(10, 2000).src("10.0.0.10").dst("198.51.100.7").ports(123, 123).dscp(46)
                .row().volume(11, 1100).src("2001:db8::11").dst("2001:db8:999::10").ports(5000, 53)
                .writeTo(ws);
    }

    @AfterAll
    static void close() {
        ws.close();
    }

    static FlowspecRule v4(Component... c) {
        return FlowspecRule.of(AddressFamily.IPV4, List.of(c), List.of(TrafficRateBytes.discard()));
    }

    static FlowspecRule v6(Component... c) {
        return FlowspecRule.of(AddressFamily.IPV6, List.of(c), List.of(TrafficRateBytes.discard()));
    }

    static NumericComponent num(org.flowbench.flowspec.ComponentType t, NumericTerm... terms) {
        return NumericComponent.of(t, terms);
    }

    static NumericTerm t(NumericOp op, long v) { return NumericTerm.of(op, v); }

    static NumericTerm and(NumericOp op, long v) { return NumericTerm.and(op, v); }

    static BitmaskComponent bits(org.flowbench.flowspec.ComponentType t, BitmaskTerm... terms) {
        return BitmaskComponent.of(t, terms);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("IPv4 rule sees only IPv4", v4(), List.of(1, 2, 3, 4, 5, 6, 7, 10)),
                Arguments.of("IPv6 rule sees only IPv6", v6(), List.of(8, 9, 11)),
                Arguments.of("dst /32", v4(PrefixComponent.destination("192.0.2.1/32")), List.of(1, 2, 3, 4, 5, 6, 7)),
                Arguments.of("dst /24 elsewhere", v4(PrefixComponent.destination("198.51.100.0/24")), List.of(10)),
                Arguments.of("src /30", v4(PrefixComponent.source("10.0.0.0/30")), List.of(1, 2, 3)),
                Arguments.of("src /0", v4(PrefixComponent.source("0.0.0.0/0")), List.of(1, 2, 3, 4, 5, 6, 7, 10)),
                Arguments.of("IPv6 dst /128", v6(PrefixComponent.destination("2001:db8:100::10/128")), List.of(8, 9)),
                Arguments.of("IPv6 dst /48", v6(PrefixComponent.destination("2001:db8:999::/48")), List.of(11)),
                Arguments.of("IPv6 dst offset 64: interface id only",
                        v6(PrefixComponent.destination("2001:db8:100::10/128").withOffset(64)), List.of(8, 9, 11)),
                Arguments.of("IPv6 src offset 120 /128: last octet 0x11",
                        v6(PrefixComponent.source("::11/128").withOffset(120)), List.of(11)),
                Arguments.of("proto == 17", v4(num(IP_PROTOCOL, t(NumericOp.EQ, 17))), List.of(1, 2, 3, 10)),
                Arguments.of("proto != 17", v4(num(IP_PROTOCOL, t(NumericOp.NE, 17))), List.of(4, 5, 6, 7)),
                Arguments.of("next header 58", v6(num(IP_PROTOCOL, t(NumericOp.EQ, 58))), List.of(9)),
                Arguments.of("port == 53: first fragment only", v4(num(PORT, t(NumericOp.EQ, 53))), List.of(1)),
                Arguments.of("port != 80 never matches non-first fragments nor ICMP",
                        v4(num(PORT, t(NumericOp.NE, 80))), List.of(1, 4, 5, 10)),
                Arguments.of("port == 0 does not catch fragments' missing ports", v4(num(PORT, t(NumericOp.EQ, 0))), List.of()),
                Arguments.of("port true", v4(num(PORT, t(NumericOp.TRUE, 0))), List.of(1, 4, 5, 10)),
                Arguments.of("port false", v4(num(PORT, t(NumericOp.FALSE, 0))), List.of()),
                Arguments.of("dport >=400 & <=500 or ==40000",
                        v4(num(DESTINATION_PORT, t(NumericOp.GE, 400), and(NumericOp.LE, 500), t(NumericOp.EQ, 40000))), List.of(1, 4)),
                Arguments.of("dport <443 or >443 & <50000", v4(num(DESTINATION_PORT, t(NumericOp.LT, 443),
                        t(NumericOp.GT, 443), and(NumericOp.LT, 50000))), List.of(1, 10)),
                Arguments.of("sport ==443", v4(num(SOURCE_PORT, t(NumericOp.EQ, 443))), List.of(5)),
                Arguments.of("sport <=123 on IPv6", v6(num(SOURCE_PORT, t(NumericOp.LE, 123))), List.of(8)),
                Arguments.of("icmp type ==8", v4(num(ICMP_TYPE, t(NumericOp.EQ, 8))), List.of(6)),
                Arguments.of("icmp type <=8", v4(num(ICMP_TYPE, t(NumericOp.LE, 8))), List.of(6, 7)),
                Arguments.of("icmp code ==3", v4(num(ICMP_CODE, t(NumericOp.EQ, 3))), List.of(7)),
                Arguments.of("icmp code ==0 skips UDP and fragments", v4(num(ICMP_CODE, t(NumericOp.EQ, 0))), List.of(6)),
                Arguments.of("icmpv6 type ==128", v6(num(ICMP_TYPE, t(NumericOp.EQ, 128))), List.of(9)),
                Arguments.of("tcp flags =SYN & !ACK", v4(bits(TCP_FLAGS, BitmaskTerm.all(0x02), BitmaskTerm.any(0x10).negated().withAnd(true))), List.of(4)),
                Arguments.of("tcp flags any SYN|ACK", v4(bits(TCP_FLAGS, BitmaskTerm.any(0x12))), List.of(4, 5)),
                Arguments.of("tcp flags =SYN|ACK", v4(bits(TCP_FLAGS, BitmaskTerm.all(0x12))), List.of(5)),
                Arguments.of("tcp flags !=SYN|ACK (not match)", v4(bits(TCP_FLAGS, BitmaskTerm.all(0x12).negated())), List.of(4)),
                Arguments.of("tcp flags 2-octet value: high octet compared as 0", v4(bits(TCP_FLAGS, BitmaskTerm.all(0x0102))), List.of()),
                Arguments.of("packet length >=1500", v4(num(PACKET_LENGTH, t(NumericOp.GE, 1500))), List.of(1)),
                Arguments.of("packet length ==40 or >=600&<=1000",
                        v4(num(PACKET_LENGTH, t(NumericOp.EQ, 40), t(NumericOp.GE, 600), and(NumericOp.LE, 1000))), List.of(2, 4, 3)),
                Arguments.of("packet length applies to fragments", v4(num(PACKET_LENGTH, t(NumericOp.EQ, 600))), List.of(3)),
                Arguments.of("dscp ==46", v4(num(DSCP, t(NumericOp.EQ, 46))), List.of(10)),
                Arguments.of("dscp ==46 IPv6", v6(num(DSCP, t(NumericOp.EQ, 46))), List.of(8)),
                Arguments.of("fragment IsF", v4(bits(FRAGMENT, BitmaskTerm.any(BitmaskComponent.IS_FRAGMENT))), List.of(2, 3)),
                Arguments.of("fragment =FF", v4(bits(FRAGMENT, BitmaskTerm.all(BitmaskComponent.FIRST_FRAGMENT))), List.of(1)),
                Arguments.of("fragment =LF", v4(bits(FRAGMENT, BitmaskTerm.all(BitmaskComponent.LAST_FRAGMENT))), List.of(3)),
                Arguments.of("fragment DF or FF (RFC 8955 4.3: 0c 80 05)",
                        v4(bits(FRAGMENT, new BitmaskTerm(false, false, false, 0x01), new BitmaskTerm(false, false, true, 0x04))), List.of(1, 4)),
                Arguments.of("fragment !(IsF|FF): not a fragment",
                        v4(bits(FRAGMENT, BitmaskTerm.any(BitmaskComponent.IS_FRAGMENT | BitmaskComponent.FIRST_FRAGMENT).negated())),
                        List.of(4, 5, 6, 7, 10)),
                Arguments.of("everything ANDed", v4(PrefixComponent.destination("192.0.2.0/24"), num(IP_PROTOCOL, t(NumericOp.EQ, 17)),
                        num(SOURCE_PORT, t(NumericOp.EQ, 53)), num(PACKET_LENGTH, t(NumericOp.GE, 1400), and(NumericOp.LE, 1500))), List.of(1)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesExactlyTheExpectedRows(String name, FlowspecRule rule, List<Integer> expected) throws Exception {
        assertThat(matchedRows(RuleMatcher.match(rule))).as(name).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void flowLabelIsRefusedWithAMessageNotIgnored() {
        FlowspecRule rule = v6(PrefixComponent.destination("2001:db8:100::10/128"), num(FLOW_LABEL, t(NumericOp.EQ, 1234))).withName("label");
        assertThatThrownBy(() -> RuleMatcher.match(rule)).isInstanceOf(NotSimulableException.class)
                .hasMessageContaining("'label'").hasMessageContaining("flow label").hasMessageContaining("cannot be simulated");
    }

    @Test
    void ruleValuesTravelAsParametersNotSqlText() throws Exception {
        SqlFragment f = RuleMatcher.match(v4(PrefixComponent.destination("192.0.2.1/32"), num(SOURCE_PORT, t(NumericOp.EQ, 12345))));
        assertThat(f.sql()).doesNotContain("12345").doesNotContain("192");
        assertThat(f.params()).contains(12345L);
    }

    /** The SQL agrees with the model's own evaluation of numeric and bitmask terms on random terms and data. */
    @Test
    void numericAndBitmaskSqlAgreeWithTheModelsEvaluation() throws Exception {
        Random random = new Random(8955);
        NumericOp[] ops = NumericOp.values();
        for (int round = 0; round < 60; round++) {
            List<NumericTerm> terms = new ArrayList<>();
            List<BitmaskTerm> masks = new ArrayList<>();
            int n = 1 + random.nextInt(4);
            for (int i = 0; i < n; i++) {
                boolean and = i > 0 && random.nextBoolean();
                terms.add(new NumericTerm(and, ops[random.nextInt(ops.length)], random.nextInt(2100)));
                masks.add(new BitmaskTerm(and, random.nextBoolean(), random.nextBoolean(), random.nextInt(16)));
            }
            NumericComponent length = new NumericComponent(PACKET_LENGTH, terms);
            BitmaskComponent frag = new BitmaskComponent(FRAGMENT, masks);
            List<Integer> lengthExpected = new ArrayList<>(), fragExpected = new ArrayList<>();
            for (int row = 1; row <= 11; row++) {
                if (length.matches(ROW_LENGTH[row])) lengthExpected.add(row);
                if (frag.matches(ROW_FRAG[row])) fragExpected.add(row);
            }
            assertThat(matchedRows(RuleMatcher.numeric("pkt_len", length))).as("%s", length).containsExactlyInAnyOrderElementsOf(lengthExpected);
            assertThat(matchedRows(RuleMatcher.bitmask("frag", frag))).as("%s", frag).containsExactlyInAnyOrderElementsOf(fragExpected);
        }
    }

    static final int[] ROW_LENGTH = {0, 1500, 1000, 600, 40, 52, 84, 56, 100, 100, 200, 100};
    static final int[] ROW_FRAG = {0, 4, 2, 10, 1, 0, 0, 0, 0, 0, 0, 0};

    static List<Integer> matchedRows(SqlFragment match) throws Exception {
        List<Integer> rows = new ArrayList<>();
        try (PreparedStatement ps = ws.connection().prepareStatement(
                "SELECT packets FROM flows WHERE dataset_id = ? AND (" + match.sql() + ")")) {
            ps.setLong(1, id);
            for (int i = 0; i < match.params().size(); i++) ps.setObject(i + 2, match.params().get(i));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) rows.add(rs.getInt(1));
            }
        }
        return rows;
    }
}

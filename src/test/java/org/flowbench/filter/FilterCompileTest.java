package org.flowbench.filter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Filter text -> SQL and bound parameters, one readable row per case. */
class FilterCompileTest {
    private static final String V4 = "281470681743360";   // ::ffff:0.0.0.0, the base of IPv4-mapped addresses

    static List<Arguments> cases() {
        return List.of(
                row("", "TRUE"),
                row("  -- only a comment\n /* and another */ ", "TRUE"),
                row("proto = UDP", "proto = ?", 17L),
                row("proto = 6", "proto = ?", 6L),
                row("Proto = icmpv6", "proto = ?", 58L),
                row("proto = ipv6-icmp", "proto = ?", 58L),
                row("src_port = 53", "src_port = ?", 53L),
                row("SrcPort >= 1024", "src_port >= ?", 1024L),
                row("dst_addr = 198.51.100.20", "dst_addr = CAST(? AS UHUGEINT)", addr(0xC6336414L)),
                row("DstAddr = 2001:db8::1", "dst_addr = CAST(? AS UHUGEINT)", "42540766411282592856903984951653826561"),
                row("dst_addr = ff02::1", "dst_addr = CAST(? AS UHUGEINT)", "338963523518870617245727861364146307073"),
                row("dst_addr << 192.0.2.0/24", "dst_addr BETWEEN CAST(? AS UHUGEINT) AND CAST(? AS UHUGEINT)",
                        addr(0xC0000200L), addr(0xC00002FFL)),
                row("src_addr !<< 10.0.0.0/8", "(src_addr NOT BETWEEN CAST(? AS UHUGEINT) AND CAST(? AS UHUGEINT) OR src_addr IS NULL)",
                        addr(0x0A000000L), addr(0x0AFFFFFFL)),
                row("dst_addr << 2001:db8::/32", "dst_addr BETWEEN CAST(? AS UHUGEINT) AND CAST(? AS UHUGEINT)",
                        "42540766411282592856903984951653826560", "42540766490510755371168322545197776895"),
                row("src_port IN (53, 0)", "src_port IN (?, ?)", 53L, 0L),
                row("src_port NOTIN (53)", "(src_port NOT IN (?) OR src_port IS NULL)", 53L),
                row("src_as = AS64500", "src_as = ?", 64500L),
                row("SrcAS != 64500", "(src_as != ? OR src_as IS NULL)", 64500L),
                row("tcp_flags = SYN", "tcp_flags = ?", 2L),
                row("tcp_flags = syn|ACK", "tcp_flags = ?", 18L),
                row("tcp_flags HAS RST", "(tcp_flags & ?) = ?", 4L, 4L),
                row("frag = IsF|LF", "frag = ?", 10L),
                row("frag HASNOT DF", "((frag & ?) != ? OR frag IS NULL)", 1L, 1L),
                row("pkt_len > 1K", "pkt_len > ?", 1000L),
                row("bytes > 1Gi", "bytes > ?", 1073741824L),
                row("PacketSize <= 40", "pkt_len <= ?", 40L),
                row("dst_country = \"FR\"", "dst_country = ?", "FR"),
                row("src_country LIKE 'F%'", "src_country LIKE ?", "F%"),
                row("src_country UNLIKE \"x\\\"y\"", "(src_country NOT LIKE ? OR src_country IS NULL)", "x\"y"),
                row("ts >= \"2026-03-11T09:32:01Z\"", "ts >= ?", LocalDateTime.parse("2026-03-11T09:32:01")),
                row("ts < 2026-03-12", "ts < ?", LocalDateTime.parse("2026-03-12T00:00:00")),
                row("ip_version = IPv6", "ip_version = ?", 6L),
                row("EType = 4", "ip_version = ?", 4L),
                row("proto = UDP AND src_port = 53 OR proto = TCP", "((proto = ?) AND (src_port = ?)) OR (proto = ?)", 17L, 53L, 6L),
                row("proto = UDP and (src_port = 53 || dst_port = 53)", "(proto = ?) AND ((src_port = ?) OR (dst_port = ?))", 17L, 53L, 53L),
                row("NOT proto = UDP", "(proto != ? OR proto IS NULL)", 17L),
                row("!(proto = UDP && src_port < 1024)", "((proto != ? OR proto IS NULL)) OR ((src_port >= ? OR src_port IS NULL))", 17L, 1024L),
                row("NOT src_as != 1", "src_as = ?", 1L),
                row("NOT packets > 10", "packets <= ?", 10L),
                row("proto = udp -- reflection\nAND /* from */ src_port = 123", "(proto = ?) AND (src_port = ?)", 17L, 123L));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("cases")
    void compiles(String filter, String sql, List<Object> params) throws Exception {
        SqlFragment f = Filters.compile(filter);
        assertThat(f.sql()).isEqualTo(sql);
        assertThat(f.params()).containsExactlyElementsOf(params);
    }

    @org.junit.jupiter.api.Test
    void notNullColumnsAreTheDdlOnes() {
        java.util.Set<org.flowbench.schema.FlowField> declared = java.util.EnumSet.noneOf(org.flowbench.schema.FlowField.class);
        for (String line : org.flowbench.schema.FlowDdl.createFlowsTable().split("\n")) {
            if (line.contains("NOT NULL")) declared.add(org.flowbench.schema.FlowField.byColumn(line.strip().split(" ")[0]).orElseThrow());
        }
        assertThat(SqlRenderer.NOT_NULL).isEqualTo(declared);
    }

    private static Arguments row(String filter, String sql, Object... params) {
        return Arguments.of(filter, sql, Arrays.asList(params));
    }

    private static String addr(long v4) {
        return Long.toString(Long.parseLong(V4) | v4);
    }
}

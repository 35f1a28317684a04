package org.flowbench.filter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compiled filters run against a real DuckDB {@code flows} table; each row of the table below
 * names the rows (by their packets column, a power of two) that the filter selects.
 */
class FilterSemanticsTest {
    private static FlowsTable flows;

    // columns: dataset_id, ts, duration_ms, exporter, in_if, out_if, src_addr, dst_addr, ip_version, proto,
    // src_port, dst_port, icmp_type, icmp_code, tcp_flags, pkt_len, dscp, frag, vlan, src_as, dst_as,
    // src_country, dst_country, packets, bytes, sampling_rate, flows
    @BeforeAll
    static void rows() throws Exception {
        flows = new FlowsTable()
                .insert("1, '2026-03-11 09:32:01', 0, NULL, NULL, NULL, " + v4("203.0.113.5") + ", " + v4("198.51.100.20")
                        + ", 4, 17, 53, 4444, 0, 0, 0, 1400, 0, 0, 0, NULL, NULL, NULL, NULL, 1, 1400, 1, 1")
                .insert("1, '2026-03-11 09:32:02', 0, NULL, NULL, NULL, " + v4("192.0.2.7") + ", " + v4("198.51.100.20")
                        + ", 4, 6, 40000, 443, 0, 0, 2, 40, 0, 1, 0, 64500, 64501, 'FR', 'DE', 2, 80, 1, 1")
                .insert("1, '2026-03-11 10:00:00', 0, NULL, NULL, NULL, 42540766411282592856903984951653826561, "
                        + "338963523518870617245727861364146307073, 6, 58, 0, 0, 128, 0, 0, 64, 46, 10, 100, 64500, NULL, "
                        + "'it''s', NULL, 4, 256, 1, 1")
                .insert("2, '2026-03-12 00:00:00', 5000, " + v4("10.0.0.1") + ", 3, 4, " + v4("10.1.2.3") + ", "
                        + v4("192.0.2.200") + ", 4, 6, 443, 40000, 0, 0, 18, 1500, 10, 0, 7, 15169, 64500, 'US', 'FR', 8, 12000, 100, 3");
    }

    @AfterAll
    static void close() throws Exception {
        flows.close();
    }

    static String v4(String dotted) {
        long[] hl = org.flowbench.schema.Addresses.parse(dotted);
        return org.flowbench.schema.Addresses.toBigInteger(hl[0], hl[1]).toString();
    }

    static List<Arguments> cases() {
        return List.of(
                row("", 1 | 2 | 4 | 8),
                row("dst_addr = 198.51.100.20", 1 | 2),
                row("dst_addr << 198.51.100.0/24 AND proto = UDP AND src_port IN (53, 0)", 1),
                row("dst_addr << 192.0.2.0/24", 8),
                row("src_addr << ::ffff:192.0.2.0/120", 2),
                row("dst_addr << ff00::/8", 4),
                row("dst_addr = ff02::1", 4),
                row("dst_addr !<< ff00::/8", 1 | 2 | 8),
                row("src_addr << 2001:db8::/32", 4),
                row("src_addr << 0.0.0.0/0", 1 | 2 | 8),
                row("src_addr << ::/0", 1 | 2 | 4 | 8),
                row("dst_addr > 198.51.100.20", 4),
                row("exporter = 10.0.0.1", 8),
                row("exporter != 10.0.0.1", 1 | 2 | 4),
                row("NOT exporter = 10.0.0.1", 1 | 2 | 4),
                row("src_as = AS64500", 2 | 4),
                row("src_as != AS64500", 1 | 8),
                row("NOT src_as < 65000", 1),
                row("dst_as NOTIN (64501)", 1 | 4 | 8),
                row("tcp_flags = SYN", 2),
                row("tcp_flags HAS SYN", 2 | 8),
                row("tcp_flags HAS SYN|ACK", 8),
                row("tcp_flags HASNOT ACK AND proto = TCP", 2),
                row("frag HAS IsF", 4),
                row("frag = DF", 2),
                row("pkt_len >= 1K", 1 | 8),
                row("bytes > 10K", 8),
                row("src_country = \"FR\"", 2),
                row("src_country LIKE 'it%'", 4),
                row("src_country = \"it's\"", 4),
                row("src_country UNLIKE 'F%'", 1 | 4 | 8),
                row("dst_country ILIKE 'f%'", 8),
                row("ts >= \"2026-03-11T09:32:02Z\" AND ts < \"2026-03-11 10:00:00\"", 2),
                row("ts >= 2026-03-12", 8),
                row("ip_version = 6", 4),
                row("proto = ICMPv6 OR (proto = TCP AND dst_port = 443)", 2 | 4),
                row("NOT (proto = TCP OR proto = UDP)", 4),
                row("sampling_rate > 1", 8),
                row("in_if = 3 AND out_if = 4 AND vlan = 7 AND dscp = 10", 8),
                row("icmp_type = 128", 4),
                row("duration_ms >= 1000 AND flows = 3", 8));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("cases")
    void selects(String filter, int expectedRows) throws Exception {
        assertThat(flows.sum("sum(packets)", Filters.compile(filter))).isEqualTo(expectedRows);
    }

    private static Arguments row(String filter, int rowsByPackets) {
        return Arguments.of(filter, rowsByPackets);
    }
}

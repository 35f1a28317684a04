package org.flowbench.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Filter text -> where (expected tokens separated by ";") the error is, what was expected there, and what the message says. */
class FilterErrorTest {
    static final String COND_START = "a column;NOT;'('";
    static final String AFTER_COND = "AND;OR;end of input";

    static List<Arguments> cases() {
        return List.of(
                row("proto", 1, 6, "an operator (=, !=, <, <=, >, >=, IN, NOTIN)", "expected an operator (=, !=, <, <=, >, >=, IN, NOTIN) but found end of input"),
                row("proto =", 1, 8, "a value (protocol name or number 0-255)", "but found end of input"),
                row("dst_addr << )", 1, 13, "a value (prefix, as in 192.0.2.0/24 or 2001:db8::/32)", "but found ')'"),
                row("src_port = 70000", 1, 12, "a value (port 0-65535)", "70000 is out of range for a port (0-65535)"),
                row("proto = UDP AND\n  src_port = 70000", 2, 14, "a value (port 0-65535)", "line 2, column 14: 70000 is out of range"),
                row("proto = UDP proto = TCP", 1, 13, AFTER_COND, "expected AND, OR or end of input but found 'proto'"),
                row("(proto = UDP", 1, 13, "AND;OR;')'", "expected AND, OR or ')' but found end of input"),
                row("proto = UDP)", 1, 12, AFTER_COND, "but found ')'"),
                row("proto = UDP AND", 1, 16, COND_START, "expected a column, NOT or '(' but found end of input"),
                row("AND proto = UDP", 1, 1, "a column;NOT;'(';end of input", "but found 'AND'"),
                row("colour = red", 1, 1, "a column", "unknown column 'colour'; columns are ts, duration_ms, exporter"),
                row("dataset_id = 1", 1, 1, "a column", "dataset_id cannot be filtered on"),
                row("DatasetId = 1", 1, 1, "a column", "DatasetId cannot be filtered on"),
                row("src_port LIKE '5%'", 1, 10, "an operator (=, !=, <, <=, >, >=, IN, NOTIN)", "LIKE does not apply to src_port (port)"),
                row("src_port IN 53", 1, 13, "'('", "expected '(' but found '53'"),
                row("src_port IN (53 54)", 1, 17, "',';')'", "expected ',' or ')' but found '54'"),
                row("src_port IN ()", 1, 14, "a value (port 0-65535)", "but found ')'"),
                row("dst_addr << 192.0.2.1/24", 1, 13, "a value (prefix, as in 192.0.2.0/24 or 2001:db8::/32)", "192.0.2.1/24 has host bits set; did you mean 192.0.2.0/24?"),
                row("dst_addr << 2001:db8::1/32", 1, 13, "a value (prefix, as in 192.0.2.0/24 or 2001:db8::/32)", "did you mean 2001:db8::/32?"),
                row("dst_addr << 10.0.0.0/33", 1, 13, "a value (prefix, as in 192.0.2.0/24 or 2001:db8::/32)", "the length is at most 32"),
                row("dst_addr = 10.0.0.0/8", 1, 12, "a value (address, as in 192.0.2.1 or 2001:db8::1)", "10.0.0.0/8 is a prefix; use << to match"),
                row("dst_addr = 300.1.1.1", 1, 12, "a value (address, as in 192.0.2.1 or 2001:db8::1)", "'300.1.1.1' is not an IPv4 or IPv6 address"),
                row("proto = 256", 1, 9, "a value (protocol name or number 0-255)", "'256' is not a protocol name or number (0-255)"),
                row("proto = bogus", 1, 9, "a value (protocol name or number 0-255)", "'bogus' is not a protocol"),
                row("tcp_flags = SYN|FOO", 1, 13, "a value (TCP flags, as in SYN or SYN|ACK, or 0-255)", "'FOO' is not a flag name or number"),
                row("dscp = 64", 1, 8, "a value (number 0-63)", "64 is out of range for dscp (0-63)"),
                row("pkt_len > 1X", 1, 11, "a value (size 0-65535, K/M/G = 1000^n)", "size suffixes are K, M, G, T"),
                row("pkt_len > 70K", 1, 11, "a value (size 0-65535, K/M/G = 1000^n)", "70K is out of range"),
                row("src_country = FR", 1, 15, "a value (quoted string)", "src_country takes a quoted string, as in \"FR\""),
                row("src_port = '53'", 1, 12, "a value (port 0-65535)", "not a quoted string"),
                row("ts > 'yesterday'", 1, 6, "a value (time, as in \"2026-03-11T09:32:00Z\")", "'yesterday' is not an ISO-8601 time"),
                row("src_country = \"FR", 1, 15, "a value (quoted string)", "but found an unclosed string"),
                row("proto = UDP /* open", 1, 13, AFTER_COND, "but found an unclosed comment"),
                row("proto = UDP & src_port = 1", 1, 13, AFTER_COND, "but found '&'"),
                row("ip_version = 5", 1, 14, "a value (4 or 6)", "ip_version is 4 or 6"),
                row("src_as = AS4294967296", 1, 10, "a value (AS number, as in AS64500)", "out of range for an AS number"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("cases")
    void reportsWhereAndWhat(String filter, int line, int column, String expected, String message) {
        FilterSyntaxException e = catchThrowableOfType(FilterSyntaxException.class, () -> Filters.compile(filter));
        assertThat(e).as("no error for: " + filter).isNotNull();
        assertThat(e.line()).as("line").isEqualTo(line);
        assertThat(e.column()).as("column").isEqualTo(column);
        assertThat(e.expected()).as("expected").containsExactlyInAnyOrder(expected.split(";"));
        assertThat(e.getMessage()).as("message").startsWith("line " + line + ", column " + column + ": ").contains(message);
        int lineStart = filter.lastIndexOf('\n', Math.max(0, e.offset() - 1)) + 1;
        assertThat(e.offset()).as("offset").isEqualTo((line == 1 ? 0 : lineStart) + column - 1);
    }

    private static Arguments row(String filter, int line, int column, String expected, String message) {
        return Arguments.of(filter, line, column, expected, message);
    }
}

package org.flowbench.filter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.flowbench.schema.FlowField;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Completion cases: the caret is where {@code |} stands in the text; the expected column lists
 * the first suggestions' insert texts and the range they replace.
 */
class FilterCompletionTest {
    /** A fixed source, most frequent first, as DuckDbValueSource returns them. */
    static final Map<FlowField, List<ValueCount>> DATA = Map.of(
            FlowField.DST_ADDR, List.of(new ValueCount("198.51.100.20", 900), new ValueCount("198.51.100.7", 30),
                    new ValueCount("2001:db8::1", 5)),
            FlowField.SRC_PORT, List.of(new ValueCount("53", 800), new ValueCount("443", 50), new ValueCount("5353", 3)),
            FlowField.PROTO, List.of(new ValueCount("UDP", 900), new ValueCount("TCP", 100)),
            FlowField.SRC_AS, List.of(new ValueCount("AS64500", 10)),
            FlowField.SRC_COUNTRY, List.of(new ValueCount("\"FR\"", 10), new ValueCount("\"DE\"", 5)));
    static final ValueSource SOURCE = (field, prefix, limit) -> DATA.getOrDefault(field, List.of()).stream()
            .filter(v -> FilterCompletion.matches(v.text(), prefix)).limit(limit).toList();

    static List<Arguments> cases() {
        return List.of(
                row("|", "ts,duration_ms,exporter,in_if,out_if,src_addr,dst_addr", 0, 0),
                row("src|", "src_addr,src_port,src_as,src_country", 0, 3),
                row("Dst|", "dst_addr,dst_port,dst_as,dst_country", 0, 3),
                row("pac|", "pkt_len,packets", 0, 3),
                row("NOT |", "ts,duration_ms", 4, 4),
                row("src_port |", "=,!=,<,<=,>,>=,IN,NOTIN", 9, 9),
                row("src_country |", "=,!=,IN,NOTIN,LIKE,UNLIKE,ILIKE,IUNLIKE", 12, 12),
                row("dst_addr <|", "<=,<<,198.51.100.20", 9, 10),
                row("tcp_flags H|", "HAS,HASNOT", 10, 11),
                row("dst_addr = |", "198.51.100.20,198.51.100.7,2001:db8::1", 11, 11),
                row("dst_addr =|", "198.51.100.20,198.51.100.7,2001:db8::1", 10, 10),
                row("dst_addr = 198.51.100.2|", "198.51.100.20", 11, 23),
                row("dst_addr = 2|", "2001:db8::1", 11, 12),
                row("src_port IN (53, |", "53,443,5353", 17, 17),
                row("src_port = 5|3 AND proto = UDP", "53,5353", 11, 13),
                row("proto = |", "UDP,TCP,ICMP,IGMP,IPIP", 8, 8),
                row("proto = ic|", "ICMP,ICMPv6", 8, 10),
                row("src_as = 64|", "AS64500", 9, 11),
                row("src_country = |", "\"FR\",\"DE\"", 14, 14),
                row("src_country = \"F|", "\"FR\"", 14, 16),
                row("tcp_flags = |", "FIN,SYN,RST,PSH,ACK,URG,ECE,CWR", 12, 12),
                row("frag = |", "DF,IsF,FF,LF", 7, 7),
                row("ip_version = |", "4,6", 13, 13),
                row("proto = UDP |", "AND,OR", 12, 12),
                row("proto = UDP a|", "AND", 12, 13),
                row("(proto = UDP |", "AND,OR", 13, 13),
                row("proto = UDP AND |", "ts,duration_ms", 16, 16),
                row("proto = UDP -- note\n|", "AND,OR", 20, 20),
                row("src_port = 70000 AND |", "", 21, 21),
                row("colour = |", "", 9, 9));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("cases")
    void suggests(String textWithCaret, String expectedFirst, int from, int to) {
        int caret = textWithCaret.lastIndexOf('|');
        String text = textWithCaret.substring(0, caret) + textWithCaret.substring(caret + 1);
        List<Suggestion> got = new FilterCompletion(SOURCE).complete(text, caret);
        List<String> expected = expectedFirst.isEmpty() ? List.of() : List.of(expectedFirst.split(","));
        assertThat(got.stream().map(Suggestion::insertText).limit(expected.size()).toList()).isEqualTo(expected);
        if (expected.isEmpty()) {
            assertThat(got).isEmpty();
        } else {
            assertThat(got.get(0).replaceFrom()).as("replaceFrom").isEqualTo(from);
            assertThat(got.get(0).replaceTo()).as("replaceTo").isEqualTo(to);
        }
    }

    private static Arguments row(String textWithCaret, String expectedFirst, int from, int to) {
        return Arguments.of(textWithCaret, expectedFirst, from, to);
    }
}

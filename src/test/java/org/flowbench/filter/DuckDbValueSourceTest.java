package org.flowbench.filter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.flowbench.schema.FlowField;
import org.junit.jupiter.api.Test;

class DuckDbValueSourceTest {
    // columns as in FilterSemanticsTest: ..., src_addr, dst_addr, ip_version, proto, src_port, dst_port, ...,
    // src_as, dst_as, src_country, dst_country, packets, bytes, sampling_rate, flows
    static String row(int dataset, String dst, int proto, int srcPort, String srcAs, String country, long packets) {
        return dataset + ", '2026-03-11 09:32:01', 0, NULL, NULL, NULL, " + FilterSemanticsTest.v4("192.0.2.1") + ", "
                + dst + ", 4, " + proto + ", " + srcPort + ", 80, 0, 0, 2, 60, 0, 0, 0, " + srcAs + ", NULL, " + country
                + ", NULL, " + packets + ", " + packets * 60 + ", 1, 1";
    }

    @Test
    void mostFrequentValuesByPacketsFirstFilteredByPrefixAndDataset() throws Exception {
        try (FlowsTable flows = new FlowsTable()) {
            flows.insert(row(1, FilterSemanticsTest.v4("198.51.100.20"), 17, 53, "64500", "'FR'", 500))
                    .insert(row(1, FilterSemanticsTest.v4("198.51.100.7"), 6, 443, "64501", "'it''s'", 40))
                    .insert(row(1, FilterSemanticsTest.v4("198.51.100.20"), 17, 53, "NULL", "NULL", 100))
                    .insert(row(1, "42540766411282592856903984951653826561", 58, 0, "NULL", "NULL", 70))
                    .insert(row(2, FilterSemanticsTest.v4("203.0.113.9"), 1, 0, "NULL", "NULL", 9999));
            try (DuckDbValueSource source = new DuckDbValueSource(flows.connection, List.of(1L)).precompute()) {
                // topValues waits only WAIT_MS for a column still loading; wait here so the test does not race it
                for (FlowField f : FlowField.values()) source.loaded(f);
                assertThat(source.loaded(FlowField.DST_ADDR)).containsExactly(new ValueCount("198.51.100.20", 600),
                        new ValueCount("2001:db8::1", 70), new ValueCount("198.51.100.7", 40));
                assertThat(source.topValues(FlowField.DST_ADDR, "198.", 10)).extracting(ValueCount::text)
                        .containsExactly("198.51.100.20", "198.51.100.7");
                assertThat(source.topValues(FlowField.DST_ADDR, "", 1)).extracting(ValueCount::text).containsExactly("198.51.100.20");
                assertThat(source.topValues(FlowField.PROTO, "", 10)).extracting(ValueCount::text).containsExactly("UDP", "ICMPv6", "TCP");
                assertThat(source.topValues(FlowField.SRC_AS, "6450", 10)).extracting(ValueCount::text).containsExactly("AS64500", "AS64501");
                assertThat(source.topValues(FlowField.SRC_COUNTRY, "", 10)).extracting(ValueCount::text).containsExactly("\"FR\"", "\"it's\"");
                assertThat(source.topValues(FlowField.TCP_FLAGS, "", 10)).extracting(ValueCount::text).containsExactly("SYN");
                assertThat(source.topValues(FlowField.TS, "", 10)).isEmpty();
                assertThat(source.topValues(FlowField.PACKETS, "", 10)).isEmpty();

                // every value offered from the data compiles in its place and selects rows
                FilterCompletion completion = new FilterCompletion(source);
                for (String text : List.of("dst_addr = ", "proto = ", "src_as = ", "src_country = ", "src_port = ")) {
                    List<Suggestion> got = completion.complete(text, text.length());
                    assertThat(got).as(text).isNotEmpty();
                    for (Suggestion s : got.stream().filter(x -> x.detail().endsWith(" packets")).toList()) {
                        String filter = text.substring(0, s.replaceFrom()) + s.insertText();
                        assertThat(flows.count(Filters.compile(filter))).as(filter).isPositive();
                    }
                }
            }
        }
    }
}

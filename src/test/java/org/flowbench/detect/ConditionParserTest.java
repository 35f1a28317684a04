package org.flowbench.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConditionParserTest {
    @Test
    void precedenceSuffixesAndCanonicalText() throws Exception {
        Condition c = Condition.parse("pps > 100k or (UDP_BPS > 200M and sources > 20) OR NOT syn_share >= 50%");
        assertThat(c.toString()).isEqualTo("pps > 100k OR udp_bps > 200M AND sources > 20 OR NOT syn_share >= 0.5");
        List<Object> params = new ArrayList<>();
        assertThat(c.toSql(params)).isEqualTo("((m_pps > ? OR (m_udp_bps > ? AND m_sources > ?)) OR (NOT coalesce(m_syn_share >= ?, TRUE)))");
        assertThat(params).containsExactly(100_000.0, 200_000_000.0, 20.0, 0.5);
        assertThat(Condition.parse(c.toString())).isEqualTo(c);
        // AND binds tighter than OR: a OR b AND c is a OR (b AND c)
        assertThat(Condition.parse("pps > 1 OR bps > 2 AND flows > 3")).isInstanceOf(Condition.Or.class);
        assertThat(Condition.parse("(pps > 1 OR bps > 2) AND flows > 3").toString()).isEqualTo("(pps > 1 OR bps > 2) AND flows > 3");
        assertThat(Condition.parse("bps >= 1.5G")).isEqualTo(new Condition.Compare(Metric.BPS, Condition.Op.GE, 1.5e9));
        assertThat(Condition.parse("pps != 3").toSql(new ArrayList<>())).isEqualTo("m_pps <> ?");
    }

    @Test
    void withThresholdChangesEveryComparisonOfTheMetric() throws Exception {
        Condition c = Condition.parse("pps > 1 OR (pps > 2 AND bps > 3)");
        assertThat(c.withThreshold(Metric.PPS, 9).toString()).isEqualTo("pps > 9 OR pps > 9 AND bps > 3");
        assertThat(c.metrics()).containsExactlyInAnyOrder(Metric.PPS, Metric.BPS);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "pps >|5|condition ends before a number",
            "ppps > 1|0|unknown metric 'ppps'",
            "pps > 10x|8|unknown unit suffix",
            "(pps > 1|8|unclosed parenthesis",
            "pps > 1 udp_bps > 2|8|unexpected 'udp_bps'",
            "pps 10|4|unexpected '10'",
            "''|0|empty condition",
            "pps > 1 AND|11|condition ends too early",
            "pps > 1.2.3|6|'1.2.3' is not a number"})
    void errorsSayWhereAndWhat(String text, int offset, String problem) {
        assertThatThrownBy(() -> Condition.parse(text)).isInstanceOfSatisfying(ConditionSyntaxException.class, e -> {
            assertThat(e.offset()).isEqualTo(offset);
            assertThat(e.column()).isEqualTo(offset + 1);
            assertThat(e.getMessage()).contains(problem).contains("column " + (offset + 1));
            assertThat(e.expected()).isNotEmpty();
        });
    }

    @Test
    void expectedTokensNameTheAlternatives() {
        assertThatThrownBy(() -> Condition.parse("pps 10")).isInstanceOfSatisfying(ConditionSyntaxException.class,
                e -> assertThat(e.expected()).containsExactly(">", ">=", "<", "<=", "=", "!="));
        assertThatThrownBy(() -> Condition.parse("ppps > 1")).isInstanceOfSatisfying(ConditionSyntaxException.class,
                e -> assertThat(e.expected()).contains("pps", "udp_bps", "syn_share", "pkt_p95"));
    }
}

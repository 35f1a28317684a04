package org.flowbench.ui.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.flowbench.query.Metric;
import org.flowbench.query.SeriesStats;
import org.junit.jupiter.api.Test;

class SeriesTableCsvTest {
    @Test
    void theHeaderNamesTheMetricsUnitsAndWholeNumbersLoseTheirFraction() {
        String csv = SeriesTableCsv.of(Metric.PPS, List.of(row("10.0.0.1", new SeriesStats(0, 12.5, 40, 38.25, 1500))));

        assertThat(csv).isEqualTo("""
                series,min_packet_per_s,average_packet_per_s,max_packet_per_s,p95_packet_per_s,total_packets
                10.0.0.1,0,12.500,40,38.250,1500
                """);
    }

    @Test
    void labelsWithCommasQuotesOrLineBreaksAreQuotedWithTheirQuotesDoubled() {
        SeriesStats none = new SeriesStats(0, 0, 0, 0, 0);
        String csv = SeriesTableCsv.of(Metric.BPS, List.of(row("UDP, 53", none), row("say \"hi\"", none),
                row("two\nlines", none), row("plain", none)));

        assertThat(csv.split("\n", 2)[1]).isEqualTo("\"UDP, 53\",0,0,0,0,0\n\"say \"\"hi\"\"\",0,0,0,0,0\n"
                + "\"two\nlines\",0,0,0,0,0\nplain,0,0,0,0,0\n");
    }

    @Test
    void hugeAndNegativeValuesStayReadable() {
        String csv = SeriesTableCsv.of(Metric.BPS, List.of(row("x", new SeriesStats(-2, -0.5, 1e16, 3, 1e16))));

        assertThat(csv.lines().skip(1).findFirst().orElseThrow()).isEqualTo("x,-2,-0.500,10000000000000000.000,3,10000000000000000.000");
    }

    private static SeriesRow row(String label, SeriesStats stats) {
        return new SeriesRow(0, label, List.of(label), false, stats);
    }
}

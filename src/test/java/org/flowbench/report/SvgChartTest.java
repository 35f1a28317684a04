package org.flowbench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** The hand-written charts are well-formed SVG with one band per series and a legend from the model. */
class SvgChartTest {
    static final Instant T0 = Instant.parse("2026-02-03T14:00:00Z");

    @Test
    void oneStackedBandPerSeriesAndALegendWithTotalsAndPeaks() throws Exception {
        ReportModel.Chart chart = new ReportModel.Chart("c", "Top", "bit/s", List.of(T0, T0.plusSeconds(1), T0.plusSeconds(2)), 1,
                List.of(new ReportModel.ChartSeries("203.0.113.10", new double[] {1000, 2000, 0}, 375, 2000),
                        new ReportModel.ChartSeries("<a&b>", new double[] {500, 0, 500}, 125, 500),
                        new ReportModel.ChartSeries("Other", new double[] {0, 0, 8000}, 1000, 8000)));
        Document svg = parse(SvgChart.render(chart));
        assertThat(svg.getElementsByTagName("polygon").getLength()).isEqualTo(3);
        String text = svg.getDocumentElement().getTextContent();
        assertThat(text).contains("203.0.113.10 (375 B, peak 2.00 kbit/s)", "<a&b> (125 B, peak 500 bit/s)", "14:00:00", "14:00:02");
        // the axis reaches the highest stack (8,500 bit/s) on a round value
        assertThat(text).contains("10.0 kbit/s").doesNotContain("20.0 kbit/s");
    }

    @Test
    void emptyChartsAndTimelinesStillParse() throws Exception {
        ReportModel.Chart empty = new ReportModel.Chart("c", "Nothing", "bit/s", List.of(), 1, List.of());
        assertThat(parse(SvgChart.render(empty)).getElementsByTagName("polygon").getLength()).isZero();
        ReportModel model = new ReportModel("t", "", T0, T0, T0.plusSeconds(60), List.of(),
                new ReportModel.Totals(0, 0, 0, 0, 0, 1), List.of(), List.of(), List.of(), null, List.of(), List.of());
        assertThat(parse(TimelineSvg.render(model)).getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(parse(HtmlRenderer.render(model)).getElementsByTagName("section").getLength()).isGreaterThan(3);
        assertThat(MarkdownRenderer.cell("a|b\nc")).isEqualTo("a\\|b c");
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        // the HTML's DOCTYPE is html5's: no DTD to load
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}

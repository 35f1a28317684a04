package org.flowbench.ui.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.flowbench.query.Metric;
import org.flowbench.query.Series;
import org.flowbench.schema.FlowField;
import org.flowbench.task.SameThreadTaskRunner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Explore view model over a real workspace holding the dns-amplification sample. */
class ExploreViewModelTest {
    private static final String VICTIM = "198.51.100.20";
    @TempDir static Path dir;
    private static SampleExplore sample;
    private ExploreViewModel model;

    @BeforeAll
    static void importSample() throws Exception {
        sample = SampleExplore.importInto(dir);
    }

    @AfterAll
    static void close() throws Exception {
        sample.close();
    }

    @BeforeEach
    void showDataset() {
        model = sample.explore(new SameThreadTaskRunner());
    }

    @Test
    void splitsByDestinationWithTheVictimFirst() {
        assertThat(model.resultProperty().get()).isNotNull();
        assertThat(model.rows()).isNotEmpty();
        assertThat(model.rows().get(0).label()).isEqualTo(VICTIM);
        assertThat(model.rows()).extracting(SeriesRow::label).doesNotHaveDuplicates();
        assertThat(model.messageProperty().get()).isEmpty();
    }

    @Test
    void openSetsFilterAndRangeInOneQueryAndBackReturnsToTheRangeBefore() {
        java.time.Instant from = model.range().spanFirst().plusSeconds(10), to = from.plusSeconds(30);
        int before = model.queriesStarted();

        assertThat(model.open("dst_addr = " + VICTIM, from, to)).isTrue();

        assertThat(model.queriesStarted()).isEqualTo(before + 1);
        assertThat(model.range().rangeProperty().get()).isEqualTo(new TimeRange(from, to));
        assertThat(model.filter().applied().get().text()).isEqualTo("dst_addr = " + VICTIM);
        assertThat(model.rows()).extracting(SeriesRow::label).containsExactly(VICTIM);
        assertThat(model.resultProperty().get().grid().from()).isEqualTo(from);
        model.range().back();
        assertThat(model.range().rangeProperty().get()).isEqualTo(TimeRange.SPAN);
        assertThat(model.range().canGoForwardProperty().get()).isTrue();
    }

    @Test
    void openWithABrokenFilterKeepsTheOldFilterAndSaysWhy() {
        assertThat(model.open("dst_addr = = 1", null, null)).isFalse();

        assertThat(model.filter().applied().get().text()).isEmpty();
        assertThat(model.messageProperty().get()).startsWith("The requested filter does not compile");
    }

    @Test
    void mitigationForAVictimRowUsesTheShownRange() {
        var request = model.mitigation().mitigationFor(model.rows().get(0)).orElseThrow();

        assertThat(request.victim()).isEqualTo(VICTIM);
        assertThat(request.start()).isEqualTo(model.resultProperty().get().grid().from());
        assertThat(request.end()).isEqualTo(model.resultProperty().get().grid().to());
        java.util.List<org.flowbench.ui.MitigateRequest> sent = new java.util.ArrayList<>();
        model.mitigation().onMitigate(sent::add);
        assertThat(model.mitigation().mitigate(null)).isTrue();
        assertThat(sent).containsExactly(request);
    }

    @Test
    void everyChartTypeExportsAsSvgAndPng() throws Exception {
        model.metricProperty().set(Metric.L2_BPS);
        for (ExploreViewModel.ChartType type : ExploreViewModel.ChartType.values()) {
            org.jfree.chart.JFreeChart chart = ExploreChart.build(model.resultProperty().get(), type, java.util.Set.of(), false,
                    (from, to) -> { });
            Path svg = dir.resolve("chart-" + type.name() + ".SVG");
            Path png = dir.resolve("chart-" + type.name() + ".png");
            org.flowbench.ui.common.ChartExport.write(chart, svg, 800, 450);
            org.flowbench.ui.common.ChartExport.write(chart, png, 800, 450);
            String text = java.nio.file.Files.readString(svg);
            assertThat(text).as(type.name()).contains("<svg").contains("width='800.0'").contains(VICTIM).endsWith("</svg>\n");
            byte[] head = java.util.Arrays.copyOf(java.nio.file.Files.readAllBytes(png), 4);
            assertThat(head).as(type.name()).containsExactly(0x89, 'P', 'N', 'G');
        }
    }

    @Test
    void changingMetricAndDimensionQueriesAgain() {
        int before = model.queriesStarted();
        model.metricProperty().set(Metric.PPS);
        assertThat(model.resultProperty().get().metric()).isEqualTo(Metric.PPS);
        model.dimensions().setAll(FlowField.PROTO);
        assertThat(model.resultProperty().get().spec().dimensions()).containsExactly(FlowField.PROTO);
        assertThat(model.rows()).extracting(SeriesRow::label).contains("UDP");
        assertThat(model.queriesStarted()).isEqualTo(before + 2);
    }

    @Test
    void aFilterNarrowsTheSeriesAndAnInvalidOneDoesNotQuery() {
        model.filter().textProperty().set("dst_addr = " + VICTIM);
        assertThat(model.filter().apply()).isTrue();
        assertThat(model.rows()).extracting(SeriesRow::label).containsExactly(VICTIM);
        int before = model.queriesStarted();

        model.filter().textProperty().set("dst_addr = ");
        assertThat(model.filter().apply()).isFalse();

        assertThat(model.filter().errorProperty().get()).isNotEmpty();
        assertThat(model.queriesStarted()).isEqualTo(before);
        assertThat(model.rows()).extracting(SeriesRow::label).containsExactly(VICTIM);
    }

    @Test
    void clickingARowAddsItsKeysToTheFilter() {
        model.dimensions().setAll(FlowField.DST_ADDR, FlowField.PROTO);
        SeriesRow first = model.rows().get(0);
        assertThat(first.keys()).containsExactly(VICTIM, "UDP");

        assertThat(model.addToFilter(first)).isTrue();

        assertThat(model.filter().applied().get().text()).isEqualTo("dst_addr = " + VICTIM + " AND proto = UDP");
        assertThat(model.rows()).extracting(SeriesRow::label).containsExactly(first.label());
        assertThat(model.rows().get(0).stats().total()).isEqualTo(first.stats().total());
    }

    @Test
    void presetsZoomAndBackForwardMoveTheRange() {
        Series whole = model.resultProperty().get().series().get(0);
        ExploreRangeNavigator range = model.range();
        range.preset(ExploreRangeNavigator.Preset.LAST_5);
        assertThat(model.resultProperty().get().grid().from()).isEqualTo(range.spanEnd().minus(Duration.ofMinutes(5)));
        range.zoomTo(range.spanFirst(), range.spanFirst().plusSeconds(60));
        assertThat(range.rangeProperty().get().to()).isEqualTo(range.spanFirst().plusSeconds(60));
        assertThat(range.canGoBackProperty().get()).isTrue();

        range.back();
        range.back();
        assertThat(range.rangeProperty().get()).isEqualTo(TimeRange.SPAN);
        assertThat(model.resultProperty().get().series().get(0).stats().total()).isEqualTo(whole.stats().total());
        assertThat(range.canGoForwardProperty().get()).isTrue();
        range.forward();
        assertThat(range.rangeProperty().get().from()).isEqualTo(range.spanEnd().minus(Duration.ofMinutes(5)));
    }

    @Test
    void previousPeriodOverlayAndCsv() {
        model.comparePreviousProperty().set(true);
        assertThat(model.resultProperty().get().previousShift()).isNotNull();
        String csv = model.tableCsv();
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("series,min_bit_per_s");
        assertThat(csv.lines().skip(1).findFirst().orElseThrow()).startsWith(VICTIM + ",");
        assertThat(csv.lines().count()).isEqualTo(model.rows().size() + 1);
    }
}

package org.flowbench.ui.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.flowbench.query.Metric;
import org.flowbench.query.QuerySpec;
import org.flowbench.query.Series;
import org.flowbench.query.SeriesResult;
import org.flowbench.query.SeriesStats;
import org.flowbench.query.TimeGrid;
import org.flowbench.ui.common.SiNumberFormat;
import org.flowbench.ui.explore.ExploreViewModel.ChartType;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.entity.XYItemEntity;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

/** The chart drawn off screen: stacked bands as running totals, tooltips with each band's own value. */
class ExploreChartTest {
    private static final SeriesStats NONE = new SeriesStats(0, 0, 0, 0, 0);

    private static SeriesResult twoSeries() {
        Instant t = Instant.ofEpochSecond(1_700_000_000L);
        TimeGrid grid = new TimeGrid(t, t.plusSeconds(3), t, 1, 3);
        List<Series> series = List.of(new Series(List.of("a"), "a", false, new double[] {1, 2, 3}, NONE),
                new Series(List.of("b"), "b", false, new double[] {10, 20, 30}, NONE));
        return new SeriesResult(QuerySpec.builder(1).metric(Metric.BPS).build(), grid, series, List.of(), null, false);
    }

    private static List<XYItemEntity> draw(JFreeChart chart) {
        ChartRenderingInfo info = new ChartRenderingInfo();
        BufferedImage image = new BufferedImage(800, 400, BufferedImage.TYPE_INT_ARGB);
        chart.draw(image.createGraphics(), new Rectangle(0, 0, 800, 400), info);
        List<XYItemEntity> items = new ArrayList<>();
        for (Object e : info.getEntityCollection().getEntities()) if (e instanceof XYItemEntity x) items.add(x);
        return items;
    }

    @Test
    void stackedBandsAreRunningTotalsAndTheirTooltipsGiveTheirOwnValue() {
        JFreeChart chart = ExploreChart.build(twoSeries(), ChartType.STACKED_AREA, Set.of(), false, null);
        XYDataset data = chart.getXYPlot().getDataset();
        assertThat(data.getSeriesCount()).isEqualTo(2);
        assertThat(data.getYValue(1, 2)).as("b stacked on a").isEqualTo(33);
        List<XYItemEntity> items = draw(chart);
        assertThat(items).hasSize(6);
        String bps = new SiNumberFormat("bit/s").format(30.0);
        XYItemEntity last = items.stream().filter(e -> e.getSeriesIndex() == 1 && e.getItem() == 2).findFirst().orElseThrow();
        assertThat(last.getToolTipText()).startsWith("b: " + bps + " at ");
    }

    @Test
    void aHoverNamesTheBandUnderThePointer() {
        JFreeChart chart = ExploreChart.build(twoSeries(), ChartType.STACKED_AREA, Set.of(), false, null);
        ChartRenderingInfo info = new ChartRenderingInfo();
        BufferedImage image = new BufferedImage(800, 400, BufferedImage.TYPE_INT_ARGB);
        chart.draw(image.createGraphics(), new Rectangle(0, 0, 800, 400), info);
        var plot = chart.getXYPlot();
        var area = info.getPlotInfo().getDataArea();
        double x = plot.getDomainAxis().valueToJava2D(plot.getDataset().getXValue(0, 1), area, plot.getDomainAxisEdge());
        // at the middle second a's band runs 0..2 and b's 2..22 (b stacked on a)
        double inA = plot.getRangeAxis().valueToJava2D(1, area, plot.getRangeAxisEdge());
        double inB = plot.getRangeAxis().valueToJava2D(12, area, plot.getRangeAxisEdge());
        double above = plot.getRangeAxis().valueToJava2D(30, area, plot.getRangeAxisEdge());
        assertThat(info.getEntityCollection().getEntity(x, inA)).isInstanceOfSatisfying(XYItemEntity.class,
                e -> assertThat(e.getToolTipText()).startsWith("a: "));
        assertThat(info.getEntityCollection().getEntity(x, inB)).isInstanceOfSatisfying(XYItemEntity.class,
                e -> assertThat(e.getToolTipText()).startsWith("b: " + new SiNumberFormat("bit/s").format(20.0)));
        assertThat(info.getEntityCollection().getEntity(x, above)).isNotInstanceOf(XYItemEntity.class);
    }

    @Test
    void hiddenSeriesLeaveTheStackAndLinesKeepTheirValues() {
        JFreeChart stacked = ExploreChart.build(twoSeries(), ChartType.STACKED_AREA, Set.of("a"), false, null);
        assertThat(stacked.getXYPlot().getDataset().getSeriesCount()).isEqualTo(1);
        assertThat(stacked.getXYPlot().getDataset().getYValue(0, 2)).isEqualTo(30);
        JFreeChart lines = ExploreChart.build(twoSeries(), ChartType.LINES, Set.of(), false, null);
        assertThat(lines.getXYPlot().getDataset().getYValue(1, 2)).isEqualTo(30);
        List<String> tips = draw(lines).stream().map(ChartEntity::getToolTipText).toList();
        assertThat(tips).hasSize(6).allMatch(t -> t.startsWith("a: ") || t.startsWith("b: "));
    }
}

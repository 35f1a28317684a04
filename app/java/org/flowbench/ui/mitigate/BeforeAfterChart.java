package org.flowbench.ui.mitigate;

import org.flowbench.ui.common.ChartFonts;
import org.flowbench.ui.common.Formats;
import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.flowbench.flowspec.impact.FocusSample;
import org.flowbench.ui.common.SiNumberFormat;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYAreaRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Packets per second to the victim before and after the rules, time in the display zone. Before is a
 * pale area and after a line drawn over it: where the rules leave traffic untouched the line traces
 * the area's edge. (Two lines on one renderer drew "before" last, over an equal "after", so what
 * the rules left alone looked removed.)
 */
final class BeforeAfterChart {
    private final XYSeries before = new XYSeries("before the rules", false, true);
    private final XYSeries after = new XYSeries("after the rules", false, true);
    private final JFreeChart chart;

    BeforeAfterChart() {
        DateAxis time = new DateAxis("Time (" + Formats.zoneLabel() + ")", TimeZone.getTimeZone(Formats.zone()), Locale.ROOT);
        NumberAxis pps = new NumberAxis("packets/s to the victim");
        pps.setNumberFormatOverride(new SiNumberFormat(""));
        XYAreaRenderer area = new XYAreaRenderer(XYAreaRenderer.AREA);
        area.setSeriesPaint(0, new Color(0xcf, 0x22, 0x2e, 0x66));
        area.setOutline(true);
        area.setSeriesOutlinePaint(0, new Color(0xcf222e));
        area.setSeriesOutlineStroke(0, new BasicStroke(1f));
        XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(true, false);
        line.setSeriesPaint(0, new Color(0x1a7f37));
        line.setSeriesStroke(0, new BasicStroke(2f));
        XYPlot plot = new XYPlot(new XYSeriesCollection(before), time, pps, area);
        plot.setDataset(1, new XYSeriesCollection(after));
        plot.setRenderer(1, line);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xd0d7de));
        plot.setRangeGridlinePaint(new Color(0xd0d7de));
        plot.setOutlineVisible(false);
        chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getLegend().setPosition(RectangleEdge.TOP);
        chart.getLegend().setFrame(BlockBorder.NONE);
        // room between "before the rules" and the next item's line sample, which otherwise touch
        chart.getLegend().setItemLabelPadding(new org.jfree.chart.ui.RectangleInsets(2, 2, 2, 14));
        ChartFonts.apply(chart);
    }

    JFreeChart chart() { return chart; }

    void setSamples(List<FocusSample> samples) {
        before.setNotify(false);
        after.setNotify(false);
        before.clear();
        after.clear();
        for (FocusSample s : samples) {
            long x = s.second().toEpochMilli();
            before.add(x, s.before().packets(), false);
            after.add(x, s.after().packets(), false);
        }
        before.setNotify(true);
        after.setNotify(true);
    }

    int pointCount() { return before.getItemCount(); }
}

package org.flowbench.ui.common;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.flowbench.query.TrafficPoint;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYAreaRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The traffic-over-time chart model: bits per second as an area on the left axis, packets per
 * second as a line on the right axis, time in the display zone (Formats). Colours follow the light or dark theme.
 */
public final class TrafficChart {
    private record Palette(Color background, Color grid, Color text, Color bps, Color pps) { }

    private static final Palette LIGHT = new Palette(new Color(0xffffff), new Color(0xd0d7de),
            new Color(0x57606a), new Color(0x0969da), new Color(0xbc4c00));
    private static final Palette DARK = new Palette(new Color(0x0d1117), new Color(0x30363d),
            new Color(0x8b949e), new Color(0x58a6ff), new Color(0xf0883e));

    private final XYSeries bps = new XYSeries("bits/s", false, true);
    private final XYSeries pps = new XYSeries("packets/s", false, true);
    private final XYAreaRenderer bpsRenderer = new XYAreaRenderer(XYAreaRenderer.AREA);
    private final XYLineAndShapeRenderer ppsRenderer = new XYLineAndShapeRenderer(true, false);
    private final JFreeChart chart;
    private final XYPlot plot;

    public TrafficChart() {
        DateAxis time = new DateAxis("Time (" + Formats.zoneLabel() + ")", TimeZone.getTimeZone(Formats.zone()), Locale.ROOT);
        time.setLowerMargin(0.01);
        time.setUpperMargin(0.01);
        NumberAxis bpsAxis = new NumberAxis("bits/s");
        bpsAxis.setNumberFormatOverride(new SiNumberFormat(""));
        NumberAxis ppsAxis = new NumberAxis("packets/s");
        ppsAxis.setNumberFormatOverride(new SiNumberFormat(""));

        plot = new XYPlot(new XYSeriesCollection(bps), time, bpsAxis, bpsRenderer);
        plot.setRangeAxis(1, ppsAxis);
        plot.setDataset(1, new XYSeriesCollection(pps));
        plot.setRenderer(1, ppsRenderer);
        plot.mapDatasetToRangeAxis(1, 1);
        // Draw the pps line over the bps area, not under it.
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setOutlineVisible(false);
        ppsRenderer.setSeriesStroke(0, new BasicStroke(1.5f));

        chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        LegendTitle legend = chart.getLegend();
        legend.setPosition(RectangleEdge.TOP);
        legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        legend.setItemLabelPadding(new RectangleInsets(2, 2, 2, 12)); // room between one entry and the next
        chart.setPadding(new RectangleInsets(4, 4, 4, 8));
        applyTheme(false);
        ChartFonts.apply(chart);
    }

    public JFreeChart chart() { return chart; }

    public void setPoints(List<TrafficPoint> points) {
        bps.setNotify(false);
        pps.setNotify(false);
        bps.clear();
        pps.clear();
        for (TrafficPoint point : points) {
            long x = point.bucketStart().toEpochMilli();
            bps.add(x, point.bitsPerSecond(), false);
            pps.add(x, point.packetsPerSecond(), false);
        }
        bps.setNotify(true);
        pps.setNotify(true);
    }

    /** Data points currently drawn, per series. */
    public int pointCount() { return bps.getItemCount(); }

    public void applyTheme(boolean dark) {
        Palette palette = dark ? DARK : LIGHT;
        chart.setBackgroundPaint(palette.background());
        plot.setBackgroundPaint(palette.background());
        plot.setDomainGridlinePaint(palette.grid());
        plot.setRangeGridlinePaint(palette.grid());
        chart.getLegend().setBackgroundPaint(palette.background());
        chart.getLegend().setItemPaint(palette.text());
        chart.getLegend().setItemFont(ChartFonts.plain(12));
        styleAxis(plot.getDomainAxis(), palette);
        styleAxis(plot.getRangeAxis(0), palette);
        styleAxis(plot.getRangeAxis(1), palette);
        bpsRenderer.setSeriesPaint(0, withAlpha(palette.bps(), 150));
        bpsRenderer.setSeriesOutlinePaint(0, palette.bps());
        bpsRenderer.setOutline(true);
        ppsRenderer.setSeriesPaint(0, palette.pps());
        // Each value axis takes its series' colour, so which scale belongs to which curve is plain.
        plot.getRangeAxis(0).setLabelPaint(palette.bps());
        plot.getRangeAxis(1).setLabelPaint(palette.pps());
    }

    private static void styleAxis(ValueAxis axis, Palette palette) {
        axis.setLabelPaint(palette.text());
        axis.setTickLabelPaint(palette.text());
        axis.setAxisLinePaint(palette.grid());
        axis.setTickMarkPaint(palette.grid());
        axis.setLabelFont(ChartFonts.plain(12));
        axis.setTickLabelFont(ChartFonts.plain(11));
    }

    private static Color withAlpha(Color color, int alpha) {
        return new Color(color.getRed(), color.getGreen(), color.getBlue(), alpha);
    }
}

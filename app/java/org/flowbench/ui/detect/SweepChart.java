package org.flowbench.ui.detect;

import java.awt.BasicStroke;
import java.awt.Color;
import org.flowbench.ui.common.ChartFonts;
import java.util.List;
import org.flowbench.detect.SweepPoint;
import org.flowbench.ui.common.SiNumberFormat;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * A sweep against the threshold value: alerts and alerting keys on the left axis, precision
 * and recall (0 to 1) on the right one when the dataset has incidents.
 */
final class SweepChart {
    private final XYSeries alerts = new XYSeries("alerts");
    private final XYSeries keys = new XYSeries("alerting keys");
    private final XYSeries precision = new XYSeries("precision");
    private final XYSeries recall = new XYSeries("recall");
    private final NumberAxis threshold = new NumberAxis("threshold");
    private final JFreeChart chart;

    SweepChart() {
        threshold.setNumberFormatOverride(new SiNumberFormat(""));
        threshold.setAutoRangeIncludesZero(false);
        NumberAxis counts = new NumberAxis("alerts / keys");
        counts.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        NumberAxis share = new NumberAxis("precision / recall");
        share.setRange(0, 1.05);
        XYLineAndShapeRenderer left = renderer(new Color(0xcf222e), new Color(0x8250df));
        XYLineAndShapeRenderer right = renderer(new Color(0x1a7f37), new Color(0x0969da));
        right.setSeriesStroke(1, new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, new float[] {6f, 4f}, 0f));
        XYPlot plot = new XYPlot(new XYSeriesCollection(), threshold, counts, left);
        ((XYSeriesCollection) plot.getDataset()).addSeries(alerts);
        ((XYSeriesCollection) plot.getDataset()).addSeries(keys);
        XYSeriesCollection scores = new XYSeriesCollection();
        scores.addSeries(precision);
        scores.addSeries(recall);
        plot.setRangeAxis(1, share);
        plot.setDataset(1, scores);
        plot.setRenderer(1, right);
        plot.mapDatasetToRangeAxis(1, 1);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xd0d7de));
        plot.setRangeGridlinePaint(new Color(0xd0d7de));
        plot.setOutlineVisible(false);
        chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.getLegend().setPosition(RectangleEdge.TOP);
        chart.getLegend().setFrame(org.jfree.chart.block.BlockBorder.NONE);
        chart.setBackgroundPaint(Color.WHITE);
        ChartFonts.apply(chart);
    }

    JFreeChart chart() { return chart; }

    void show(String metric, List<SweepPoint> points, boolean scored) {
        threshold.setLabel(metric);
        for (XYSeries s : List.of(alerts, keys, precision, recall)) {
            s.setNotify(false);
            s.clear();
        }
        for (SweepPoint p : points) {
            double x = p.values().get(0);
            alerts.add(x, p.alerts(), false);
            keys.add(x, p.alertingKeys(), false);
            if (scored && p.score() != null) {
                if (p.score().precision() != null) precision.add(x, p.score().precision(), false);
                if (p.score().recall() != null) recall.add(x, p.score().recall(), false);
            }
        }
        for (XYSeries s : List.of(alerts, keys, precision, recall)) s.setNotify(true);
    }

    int pointCount() { return alerts.getItemCount(); }

    private static XYLineAndShapeRenderer renderer(Color first, Color second) {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, true);
        r.setSeriesPaint(0, first);
        r.setSeriesPaint(1, second);
        r.setSeriesStroke(0, new BasicStroke(2f));
        r.setSeriesStroke(1, new BasicStroke(2f));
        return r;
    }
}

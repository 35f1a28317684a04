package org.flowbench.ui.explore;

import org.flowbench.ui.common.ChartFonts;
import org.flowbench.ui.common.Formats;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.awt.Rectangle;
import java.text.SimpleDateFormat;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TimeZone;
import java.util.function.BiConsumer;
import org.flowbench.query.Metric;
import org.flowbench.query.Series;
import org.flowbench.query.SeriesResult;
import org.flowbench.ui.common.SiNumberFormat;
import org.flowbench.ui.explore.ExploreViewModel.ChartType;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.StandardCategoryToolTipGenerator;
import org.jfree.chart.labels.StandardXYToolTipGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.renderer.xy.XYAreaRenderer;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Builds the Explore chart of a {@link SeriesResult}: stacked areas, lines, 100 % stacked or top-N
 * bars, the previous period as dashed lines, hidden series left out but kept (greyed) in the
 * legend so a click brings them back. Time is in the display zone (Formats).
 */
final class ExploreChart {
    private static final Color[] LIGHT = {new Color(0x0969da), new Color(0xbc4c00), new Color(0x1a7f37),
        new Color(0x8250df), new Color(0xcf222e), new Color(0x0a8f9c), new Color(0x9a6700), new Color(0xbf3989),
        new Color(0x4d7c0f), new Color(0x6639ba)};
    private static final Color[] DARK = {new Color(0x58a6ff), new Color(0xf0883e), new Color(0x3fb950),
        new Color(0xbc8cff), new Color(0xff7b72), new Color(0x39c5cf), new Color(0xd29922), new Color(0xf778ba),
        new Color(0xa5d65b), new Color(0xa371f7)};

    private record Theme(Color background, Color grid, Color text, Color other, Color[] colours) {}

    private static final Theme LIGHT_THEME = new Theme(Color.WHITE, new Color(0xd0d7de), new Color(0x57606a),
            new Color(0x8c959f), LIGHT);
    private static final Theme DARK_THEME = new Theme(new Color(0x0d1117), new Color(0x30363d), new Color(0x8b949e),
            new Color(0x6e7681), DARK);

    private ExploreChart() {}

    /** Colour of series {@code index} (Other is grey), the same in chart and table. */
    static Color colour(Series s, int index, boolean dark) {
        Theme t = dark ? DARK_THEME : LIGHT_THEME;
        return s.other() ? t.other() : t.colours()[index % t.colours().length];
    }

    /** A blank chart in the theme's background (the viewer needs one while there is no answer). */
    static JFreeChart empty(boolean dark) {
        Theme theme = dark ? DARK_THEME : LIGHT_THEME;
        XYPlot plot = new XYPlot();
        plot.setBackgroundPaint(theme.background());
        // The outline must be drawn, in a colour other than the background: FXGraphics2D skips a
        // setPaint equal to the last one, while the canvas restores its fill to black after each
        // draw, so a chart drawn after one whose last paint was its background got a black frame.
        plot.setOutlineVisible(true);
        plot.setOutlinePaint(theme.grid());
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        ChartFonts.apply(chart);
        chart.setBackgroundPaint(theme.background());
        return chart;
    }

    /**
     * The chart; {@code onZoom} hears ranges the user drags on the time axis (not the ones this
     * method sets up).
     */
    static JFreeChart build(SeriesResult r, ChartType type, Set<String> hidden, boolean dark,
                            BiConsumer<Instant, Instant> onZoom) {
        Theme theme = dark ? DARK_THEME : LIGHT_THEME;
        Plot plot = type == ChartType.BARS ? bars(r, hidden, theme, dark) : timePlot(r, type, hidden, theme, dark);
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setPadding(new RectangleInsets(4, 4, 4, 10));
        chart.setBackgroundPaint(theme.background());
        LegendTitle legend = chart.getLegend();
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setFrame(BlockBorder.NONE);
        legend.setBackgroundPaint(theme.background());
        legend.setItemPaint(theme.text());
        legend.setItemFont(ChartFonts.plain(12));
        // room after each label, or an address runs into the next entry's swatch
        legend.setItemLabelPadding(new RectangleInsets(2, 2, 2, 12));
        ChartFonts.apply(chart); // before the zoom listener: a font change is an axis change too
        if (plot instanceof XYPlot xy && onZoom != null) {
            DateAxis axis = (DateAxis) xy.getDomainAxis();
            axis.addChangeListener(e -> onZoom.accept(Instant.ofEpochMilli((long) axis.getLowerBound()),
                    Instant.ofEpochMilli((long) axis.getUpperBound())));
        }
        return chart;
    }

    private static XYPlot timePlot(SeriesResult r, ChartType type, Set<String> hidden, Theme theme, boolean dark) {
        Metric metric = r.metric();
        DateAxis time = new DateAxis(null, TimeZone.getTimeZone(Formats.zone()), Locale.ROOT);
        time.setLowerMargin(0);
        time.setUpperMargin(0);
        NumberAxis values = new NumberAxis(type == ChartType.PERCENT ? "% of " + metric.unit() : metric.unit());
        values.setNumberFormatOverride(type == ChartType.PERCENT ? null : new SiNumberFormat(""));
        if (type == ChartType.PERCENT) values.setRange(0, 100);
        List<Instant> starts = r.bucketStarts();
        List<Series> all = r.series();
        double[] sums = new double[starts.size()];
        for (Series s : all) {
            if (hidden.contains(s.label())) continue;
            for (int b = 0; b < sums.length; b++) sums[b] += s.values()[b];
        }
        XYItemRenderer renderer;
        XYPlot plot;
        LegendItemCollection legend = new LegendItemCollection();
        if (type == ChartType.LINES) {
            XYSeriesCollection data = new XYSeriesCollection();
            XYLineAndShapeRenderer lines = new LazyTipRenderers.Lines();
            for (int i = 0; i < all.size(); i++) {
                Series s = all.get(i);
                if (hidden.contains(s.label())) continue;
                XYSeries xy = new XYSeries(s.label(), false, true);
                for (int b = 0; b < starts.size(); b++) xy.add(starts.get(b).toEpochMilli(), s.values()[b], false);
                lines.setSeriesPaint(data.getSeriesCount(), colour(s, i, dark));
                lines.setSeriesStroke(data.getSeriesCount(), new BasicStroke(1.6f));
                data.addSeries(xy);
            }
            renderer = lines;
            plot = new XYPlot(data, time, values, renderer);
        } else {
            // Stacked as running totals, each filled from zero and drawn largest first (the plot's
            // reverse series order), so each band shows above the one below. StackedXYAreaRenderer2
            // built a java.awt.geom.Area per point: 4-5x the FX thread's time per redraw.
            XYSeriesCollection data = new XYSeriesCollection();
            XYAreaRenderer areas = new LazyTipRenderers.Areas();
            List<double[]> own = new java.util.ArrayList<>();
            double[] running = new double[starts.size()];
            for (int i = 0; i < all.size(); i++) {
                Series s = all.get(i);
                if (hidden.contains(s.label())) continue;
                XYSeries xy = new XYSeries(s.label(), false, true);
                double[] v = new double[starts.size()];
                for (int b = 0; b < starts.size(); b++) {
                    v[b] = type == ChartType.PERCENT ? (sums[b] > 0 ? 100 * s.values()[b] / sums[b] : 0) : s.values()[b];
                    running[b] += v[b];
                    xy.add(starts.get(b).toEpochMilli(), running[b], false);
                }
                // opaque: the translucent fill over the background, as the overlapping areas must not mix
                areas.setSeriesPaint(data.getSeriesCount(), over(colour(s, i, dark), 200, theme.background()));
                own.add(v);
                data.addSeries(xy);
            }
            areas.setOutline(false);
            SiNumberFormat number = new SiNumberFormat(type == ChartType.PERCENT ? "%" : metric.unit());
            SimpleDateFormat when = utcFormat();
            // a band's tooltip gives its own value, not the running total it is drawn at
            areas.setDefaultToolTipGenerator((dataset, series, item) -> dataset.getSeriesKey(series) + ": "
                    + number.format(own.get(series)[item]) + " at " + when.format(new java.util.Date((long) dataset.getXValue(series, item))));
            renderer = areas;
            plot = new XYPlot(data, time, values, renderer);
            plot.setSeriesRenderingOrder(SeriesRenderingOrder.REVERSE);
        }
        StandardXYToolTipGenerator tips = new StandardXYToolTipGenerator("{0}: {2} at {1}", utcFormat(),
                new SiNumberFormat(type == ChartType.PERCENT ? "%" : metric.unit()));
        if (type == ChartType.LINES) renderer.setDefaultToolTipGenerator(tips);
        for (int i = 0; i < all.size(); i++) {
            Series s = all.get(i);
            boolean off = hidden.contains(s.label());
            legend.add(legendItem(s.label(), off ? theme.grid() : colour(s, i, dark), off));
        }
        if (!r.previous().isEmpty() && r.previousShift() != null && type != ChartType.PERCENT) {
            addPrevious(r, plot, hidden, dark, tips);
            legend.add(legendItem("previous period (dashed)", theme.text(), false));
        }
        plot.setFixedLegendItems(legend);
        style(plot, theme);
        return plot;
    }

    private static void addPrevious(SeriesResult r, XYPlot plot, Set<String> hidden, boolean dark,
                                    StandardXYToolTipGenerator tips) {
        Duration shift = r.previousShift();
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer dashed = new LazyTipRenderers.Lines();
        List<Instant> starts = r.bucketStarts();
        for (int i = 0; i < r.previous().size(); i++) {
            Series s = r.previous().get(i);
            if (hidden.contains(s.label())) continue;
            XYSeries xy = new XYSeries(s.label() + " (previous)", false, true);
            // value b belongs to starts[b] - shift; drawn at starts[b] so both periods line up
            for (int b = 0; b < starts.size(); b++) xy.add(starts.get(b).toEpochMilli(), s.values()[b], false);
            int index = indexOf(r.series(), s.label());
            dashed.setSeriesPaint(data.getSeriesCount(), colour(s, index < 0 ? i : index, dark));
            dashed.setSeriesStroke(data.getSeriesCount(), new BasicStroke(1.4f, BasicStroke.CAP_BUTT,
                    BasicStroke.JOIN_MITER, 10f, new float[] {5f, 4f}, 0f));
            data.addSeries(xy);
        }
        dashed.setDefaultToolTipGenerator(tips);
        plot.setDataset(1, data);
        plot.setRenderer(1, dashed);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
    }

    private static int indexOf(List<Series> series, String label) {
        for (int i = 0; i < series.size(); i++) if (series.get(i).label().equals(label)) return i;
        return -1;
    }

    private static CategoryPlot bars(SeriesResult r, Set<String> hidden, Theme theme, boolean dark) {
        Metric metric = r.metric();
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setItemMargin(0);
        String unit = metric.isRate() ? metric.unit() : metric.totalUnit();
        List<Series> all = r.series();
        LegendItemCollection legend = new LegendItemCollection();
        for (int i = 0; i < all.size(); i++) {
            Series s = all.get(i);
            boolean off = hidden.contains(s.label());
            legend.add(legendItem(s.label(), off ? theme.grid() : colour(s, i, dark), off));
            if (off) continue;
            double v = metric.isRate() ? s.stats().average() : s.stats().total();
            data.addValue(v, s.label(), metric.isRate() ? "average " + unit : "total " + unit);
            renderer.setSeriesPaint(data.getRowCount() - 1, colour(s, i, dark));
        }
        renderer.setDefaultToolTipGenerator(new StandardCategoryToolTipGenerator("{0}: {2}", new SiNumberFormat(unit)));
        NumberAxis values = new NumberAxis(unit);
        values.setNumberFormatOverride(new SiNumberFormat(""));
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(null), values, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setFixedLegendItems(legend);
        plot.setBackgroundPaint(theme.background());
        plot.setRangeGridlinePaint(theme.grid());
        plot.setOutlineVisible(false);
        styleAxis(values, theme);
        plot.getDomainAxis().setTickLabelPaint(theme.text());
        plot.getDomainAxis().setAxisLinePaint(theme.grid());
        return plot;
    }

    private static LegendItem legendItem(String label, Paint paint, boolean hidden) {
        LegendItem item = new LegendItem(hidden ? label + " (hidden)" : label, null, "Click to show or hide", null,
                new Rectangle(-5, -5, 10, 10), paint);
        item.setSeriesKey(label);
        return item;
    }

    private static void style(XYPlot plot, Theme theme) {
        plot.setBackgroundPaint(theme.background());
        plot.setDomainGridlinePaint(theme.grid());
        plot.setRangeGridlinePaint(theme.grid());
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setOutlineVisible(false);
        styleAxis(plot.getDomainAxis(), theme);
        styleAxis(plot.getRangeAxis(), theme);
    }

    private static void styleAxis(ValueAxis axis, Theme theme) {
        axis.setLabelPaint(theme.text());
        axis.setTickLabelPaint(theme.text());
        axis.setAxisLinePaint(theme.grid());
        axis.setTickMarkPaint(theme.grid());
        axis.setLabelFont(ChartFonts.plain(12));
        axis.setTickLabelFont(ChartFonts.plain(11));
    }

    /** {@code c} with the given alpha painted over {@code background}, as one opaque colour. */
    static Color over(Color c, int alpha, Paint background) {
        Color b = background instanceof Color bc ? bc : Color.WHITE;
        double a = alpha / 255.0;
        return new Color((int) Math.round(c.getRed() * a + b.getRed() * (1 - a)),
                (int) Math.round(c.getGreen() * a + b.getGreen() * (1 - a)),
                (int) Math.round(c.getBlue() * a + b.getBlue() * (1 - a)));
    }

    private static SimpleDateFormat utcFormat() {
        SimpleDateFormat f = new SimpleDateFormat("yyyy-MM-dd HH:mm:ss '" + Formats.zoneLabel() + "'", Locale.ROOT);
        f.setTimeZone(TimeZone.getTimeZone(Formats.zone()));
        return f;
    }
}

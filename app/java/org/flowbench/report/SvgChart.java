package org.flowbench.report;

import java.time.Instant;
import java.util.List;

/**
 * A stacked area chart of one {@link ReportModel.Chart} as inline SVG: time axis with clock
 * labels, a rate axis with SI labels from {@link Units}, a legend below. Drawn by hand so the
 * HTML stays self-contained and the PDF renderer gets the same picture.
 */
public final class SvgChart {
    static final int WIDTH = 680, PLOT_LEFT = 70, PLOT_RIGHT = 12, PLOT_TOP = 10, PLOT_HEIGHT = 170, AXIS = 24;
    static final int LEGEND_ROW = 16;

    private SvgChart() {}

    public static String render(ReportModel.Chart chart) {
        List<ReportModel.ChartSeries> series = chart.series();
        int n = chart.buckets().size();
        double[] top = new double[n];
        for (ReportModel.ChartSeries s : series) for (int i = 0; i < n; i++) top[i] += s.values()[i];
        double max = 0;
        for (double v : top) max = Math.max(max, v);
        double scale = niceCeiling(max);
        int legendRows = (series.size() + 1) / 2;
        int height = PLOT_TOP + PLOT_HEIGHT + AXIS + legendRows * LEGEND_ROW + 6;
        double plotWidth = WIDTH - PLOT_LEFT - PLOT_RIGHT;
        StringBuilder b = new StringBuilder();
        b.append("<svg xmlns=\"").append(Svg.NS).append("\" class=\"chart\" width=\"").append(WIDTH)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(height).append("\" font-family=\"sans-serif\" font-size=\"10\">");
        yAxis(b, scale, plotWidth);
        double[] below = new double[n];
        for (int s = 0; s < series.size(); s++) {
            ReportModel.ChartSeries cs = series.get(s);
            double[] above = new double[n];
            for (int i = 0; i < n; i++) above[i] = below[i] + cs.values()[i];
            b.append("<polygon fill=\"").append(Svg.color(s, isOther(cs))).append("\" fill-opacity=\"0.85\" points=\"");
            for (int i = 0; i < n; i++) point(b, x(i, n, plotWidth), y(above[i], scale));
            for (int i = n - 1; i >= 0; i--) point(b, x(i, n, plotWidth), y(below[i], scale));
            b.append("\"/>");
            below = above;
        }
        timeAxis(b, chart.buckets(), plotWidth);
        legend(b, series, PLOT_TOP + PLOT_HEIGHT + AXIS + 4);
        return b.append("</svg>").toString();
    }

    private static boolean isOther(ReportModel.ChartSeries s) {
        return s.label().equals(org.flowbench.query.Series.OTHER);
    }

    private static void yAxis(StringBuilder b, double scale, double plotWidth) {
        for (int t = 0; t <= 4; t++) {
            double v = scale * t / 4, yy = y(v, scale);
            b.append("<line x1=\"").append(PLOT_LEFT).append("\" x2=\"").append(Svg.n(PLOT_LEFT + plotWidth))
                    .append("\" y1=\"").append(Svg.n(yy)).append("\" y2=\"").append(Svg.n(yy))
                    .append("\" stroke=\"#dddddd\" stroke-width=\"1\"/>");
            b.append("<text x=\"").append(PLOT_LEFT - 4).append("\" y=\"").append(Svg.n(yy + 3))
                    .append("\" text-anchor=\"end\" fill=\"#444444\">").append(Svg.esc(Units.bps(v))).append("</text>");
        }
    }

    private static void timeAxis(StringBuilder b, List<Instant> buckets, double plotWidth) {
        int n = buckets.size();
        double base = PLOT_TOP + PLOT_HEIGHT;
        b.append("<line x1=\"").append(PLOT_LEFT).append("\" x2=\"").append(Svg.n(PLOT_LEFT + plotWidth))
                .append("\" y1=\"").append(Svg.n(base)).append("\" y2=\"").append(Svg.n(base))
                .append("\" stroke=\"#444444\" stroke-width=\"1\"/>");
        if (n == 0) return;
        Instant first = buckets.get(0);
        double bucketMs = n > 1 ? java.time.Duration.between(first, buckets.get(1)).toMillis() : 1;
        for (Instant t : TimeTicks.between(first, buckets.get(n - 1), 6)) {
            double index = java.time.Duration.between(first, t).toMillis() / bucketMs;
            double xx = PLOT_LEFT + (n <= 1 ? 0 : plotWidth * index / (n - 1));
            b.append("<line x1=\"").append(Svg.n(xx)).append("\" x2=\"").append(Svg.n(xx)).append("\" y1=\"")
                    .append(Svg.n(base)).append("\" y2=\"").append(Svg.n(base + 4)).append("\" stroke=\"#444444\"/>");
            b.append("<text x=\"").append(Svg.n(xx)).append("\" y=\"").append(Svg.n(base + 15))
                    .append("\" text-anchor=\"middle\" fill=\"#444444\">").append(Units.clock(t)).append("</text>");
        }
    }

    private static void legend(StringBuilder b, List<ReportModel.ChartSeries> series, int top) {
        for (int s = 0; s < series.size(); s++) {
            ReportModel.ChartSeries cs = series.get(s);
            double xx = PLOT_LEFT + (s % 2) * 300, yy = top + (s / 2) * LEGEND_ROW;
            b.append("<rect x=\"").append(Svg.n(xx)).append("\" y=\"").append(Svg.n(yy)).append("\" width=\"10\" height=\"10\" fill=\"")
                    .append(Svg.color(s, isOther(cs))).append("\"/>");
            b.append("<text x=\"").append(Svg.n(xx + 14)).append("\" y=\"").append(Svg.n(yy + 9)).append("\" fill=\"#222222\">")
                    .append(Svg.esc(cs.label() + " (" + Units.bytes(cs.totalBytes()) + ", peak " + Units.bps(cs.peak()) + ")"))
                    .append("</text>");
        }
    }

    private static void point(StringBuilder b, double xx, double yy) {
        b.append(Svg.n(xx)).append(',').append(Svg.n(yy)).append(' ');
    }

    /** Buckets are drawn at their centres; a single bucket spans the plot. */
    private static double x(int i, int n, double plotWidth) {
        return PLOT_LEFT + (n <= 1 ? 0 : plotWidth * i / (n - 1));
    }

    private static double y(double v, double scale) {
        return PLOT_TOP + PLOT_HEIGHT - (scale <= 0 ? 0 : PLOT_HEIGHT * v / scale);
    }

    /** 1, 2, 2.5 or 5 times a power of ten, at least {@code v}: round axis labels. */
    static double niceCeiling(double v) {
        if (v <= 0) return 1;
        double p = Math.pow(10, Math.floor(Math.log10(v)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) if (m * p >= v) return m * p;
        return 10 * p;
    }
}

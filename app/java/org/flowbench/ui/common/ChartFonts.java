package org.flowbench.ui.common;

import java.awt.Font;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;

/**
 * The fonts of the window's charts (docs/decisions/0298). JFreeChart's defaults name AWT's logical
 * "SansSerif", which the JavaFX canvas draws at 12 px about as wide as 13 px while the chart's layout
 * measures 12: a long legend label (an IPv6 address) ran into the next entry. JavaFX's "System"
 * family, which the window's controls use, is drawn as measured; AWT (the PNG and SVG exports)
 * treats the unknown name as its default "Dialog".
 */
public final class ChartFonts {
    static final String FAMILY = "System";

    private ChartFonts() {}

    public static Font plain(int size) { return new Font(FAMILY, Font.PLAIN, size); }

    /**
     * Moves the chart's legend and axis fonts, whatever they were set to, to {@link #FAMILY},
     * keeping their style and size. Call it once the chart's plot, axes and legend exist.
     */
    public static JFreeChart apply(JFreeChart chart) {
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            if (chart.getSubtitle(i) instanceof LegendTitle legend) legend.setItemFont(moved(legend.getItemFont()));
        }
        Plot plot = chart.getPlot();
        if (plot instanceof XYPlot xy) {
            for (int i = 0; i < xy.getDomainAxisCount(); i++) move(xy.getDomainAxis(i));
            for (int i = 0; i < xy.getRangeAxisCount(); i++) move(xy.getRangeAxis(i));
        } else if (plot instanceof CategoryPlot cat) {
            for (int i = 0; i < cat.getDomainAxisCount(); i++) move(cat.getDomainAxis(i));
            for (int i = 0; i < cat.getRangeAxisCount(); i++) move(cat.getRangeAxis(i));
        }
        return chart;
    }

    private static void move(Axis axis) {
        if (axis == null) return;
        axis.setLabelFont(moved(axis.getLabelFont()));
        axis.setTickLabelFont(moved(axis.getTickLabelFont()));
    }

    private static Font moved(Font f) {
        return new Font(FAMILY, f.getStyle(), f.getSize());
    }
}

package org.flowbench.ui.common;

import java.awt.Rectangle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/** Writes a chart as a picture: PNG (pixels, for slides) or SVG (vectors, for reports that scale). */
public final class ChartExport {
    private ChartExport() {}

    public static void png(JFreeChart chart, Path file, int width, int height) throws IOException {
        ChartUtils.saveChartAsPNG(file.toFile(), chart, width, height);
    }

    /** The chart drawn at {@code width} x {@code height} as an SVG document. */
    public static String svg(JFreeChart chart, int width, int height) {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        chart.draw(g, new Rectangle(0, 0, width, height));
        return g.getSVGDocument();
    }

    public static void svg(JFreeChart chart, Path file, int width, int height) throws IOException {
        Files.writeString(file, svg(chart, width, height), StandardCharsets.UTF_8);
    }

    /** PNG or SVG by the file's extension (SVG for ".svg", any case). */
    public static void write(JFreeChart chart, Path file, int width, int height) throws IOException {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".svg")) svg(chart, file, width, height); else png(chart, file, width, height);
    }
}

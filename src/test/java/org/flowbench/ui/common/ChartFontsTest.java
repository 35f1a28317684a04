package org.flowbench.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;

/** Charts leave JFreeChart's "SansSerif", which the JavaFX canvas draws wider than it measures. */
class ChartFontsTest {
    @Test
    void movesLegendAndEveryAxisOfATimePlotKeepingStyleAndSize() {
        XYPlot plot = new XYPlot(new XYSeriesCollection(), new DateAxis("time"), new NumberAxis("bits/s"),
                new XYLineAndShapeRenderer());
        NumberAxis second = new NumberAxis("packets/s");
        second.setTickLabelFont(new Font(Font.SANS_SERIF, Font.BOLD, 9));
        plot.setRangeAxis(1, second);
        JFreeChart chart = ChartFonts.apply(new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true));

        assertThat(chart.getLegend().getItemFont()).isEqualTo(new Font("System", Font.PLAIN, 12));
        assertThat(plot.getDomainAxis().getLabelFont().getName()).isEqualTo("System");
        assertThat(plot.getRangeAxis(0).getTickLabelFont().getName()).isEqualTo("System");
        assertThat(second.getTickLabelFont()).isEqualTo(new Font("System", Font.BOLD, 9));
    }

    @Test
    void movesTheAxesOfABarChart() {
        CategoryPlot plot = new CategoryPlot(new DefaultCategoryDataset(), new CategoryAxis("key"), new NumberAxis("bytes"),
                new BarRenderer());
        ChartFonts.apply(new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, false));
        assertThat(plot.getDomainAxis().getTickLabelFont().getName()).isEqualTo("System");
        assertThat(plot.getRangeAxis().getLabelFont().getName()).isEqualTo("System");
    }

    @Test
    void theWindowsTrafficChartUsesIt() {
        JFreeChart chart = new TrafficChart().chart();
        assertThat(chart.getLegend().getItemFont().getName()).isEqualTo("System");
        assertThat(chart.getXYPlot().getRangeAxis(1).getLabelFont().getName()).isEqualTo("System");
    }
}

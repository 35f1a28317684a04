package org.flowbench.ui.explore;

import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.entity.EntityCollection;
import org.jfree.chart.entity.XYItemEntity;
import org.jfree.chart.labels.XYToolTipGenerator;
import org.jfree.chart.plot.CrosshairState;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYAreaRenderer;
import org.jfree.chart.renderer.xy.XYItemRendererState;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYDataset;

/**
 * Renderers whose item entities write their tooltip only when one is shown. JFreeChart formats a
 * tooltip for every item at every redraw (a date and a number per point: 11 series of 1,000
 * points is 11,000 strings per frame, on the FX thread); these keep the generator and ask it when
 * the mouse rests on an item.
 */
final class LazyTipRenderers {
    private LazyTipRenderers() {}

    /**
     * Areas filled from zero: with series holding running totals drawn largest first, a stacked chart.
     * An item's hotspot is the rectangle from zero to its total over its time slot: JFreeChart's own
     * is a java.awt.geom.Area clipped per item, most of a redraw's time on the FX thread. Drawn later
     * (smaller totals, on top), a rectangle is found first, so a hover names the band it is over.
     */
    static final class Areas extends XYAreaRenderer {
        @Override
        public void drawItem(Graphics2D g2, XYItemRendererState state, Rectangle2D dataArea, PlotRenderingInfo info,
                             XYPlot plot, ValueAxis domainAxis, ValueAxis rangeAxis, XYDataset dataset, int series,
                             int item, CrosshairState crosshairState, int pass) {
            ChartRenderingInfo owner = info == null ? null : info.getOwner();
            EntityCollection entities = owner == null ? null : owner.getEntityCollection();
            if (entities == null) {
                super.drawItem(g2, state, dataArea, info, plot, domainAxis, rangeAxis, dataset, series, item, crosshairState, pass);
                return;
            }
            owner.setEntityCollection(null);
            try {
                super.drawItem(g2, state, dataArea, info, plot, domainAxis, rangeAxis, dataset, series, item, crosshairState, pass);
            } finally {
                owner.setEntityCollection(entities);
            }
            double total = dataset.getYValue(series, item);
            if (!getItemVisible(series, item) || Double.isNaN(total)) return;
            Rectangle2D slot = slot(dataset, series, item, total, dataArea, plot, domainAxis, rangeAxis);
            if (!slot.isEmpty()) addEntity(entities, slot, dataset, series, item, 0, 0);
        }

        private static Rectangle2D slot(XYDataset dataset, int series, int item, double total, Rectangle2D dataArea,
                                        XYPlot plot, ValueAxis domainAxis, ValueAxis rangeAxis) {
            int n = dataset.getItemCount(series);
            double x = dataset.getXValue(series, item);
            double before = item > 0 ? x - dataset.getXValue(series, item - 1) : item + 1 < n ? dataset.getXValue(series, item + 1) - x : 0;
            double after = item + 1 < n ? dataset.getXValue(series, item + 1) - x : before;
            RectangleEdge xEdge = plot.getDomainAxisEdge(), yEdge = plot.getRangeAxisEdge();
            double x0 = domainAxis.valueToJava2D(x - before / 2, dataArea, xEdge);
            double x1 = domainAxis.valueToJava2D(x + after / 2, dataArea, xEdge);
            double y0 = rangeAxis.valueToJava2D(0, dataArea, yEdge);
            double y1 = rangeAxis.valueToJava2D(total, dataArea, yEdge);
            Rectangle2D r = new Rectangle2D.Double(Math.min(x0, x1), Math.min(y0, y1), Math.max(1, Math.abs(x1 - x0)),
                    Math.abs(y1 - y0));
            return r.createIntersection(dataArea);
        }

        @Override
        protected void addEntity(EntityCollection entities, Shape hotspot, XYDataset dataset, int series, int item,
                                 double entityX, double entityY) {
            add(entities, hotspot, dataset, series, item, entityX, entityY, getDefaultEntityRadius(),
                    getToolTipGenerator(series, item));
        }
    }

    /** Lines without shapes. */
    static final class Lines extends XYLineAndShapeRenderer {
        Lines() {
            super(true, false);
        }

        @Override
        protected void addEntity(EntityCollection entities, Shape hotspot, XYDataset dataset, int series, int item,
                                 double entityX, double entityY) {
            add(entities, hotspot, dataset, series, item, entityX, entityY, getDefaultEntityRadius(),
                    getToolTipGenerator(series, item));
        }
    }

    private static void add(EntityCollection entities, Shape hotspot, XYDataset dataset, int series, int item,
                            double x, double y, int radius, XYToolTipGenerator tips) {
        if (entities == null) return;
        Shape area = hotspot != null ? hotspot : new Ellipse2D.Double(x - radius, y - radius, 2 * radius, 2 * radius);
        entities.add(new LazyTipEntity(area, dataset, series, item, tips));
    }

    /** An item entity that formats its tooltip on first request. */
    private static final class LazyTipEntity extends XYItemEntity {
        private final transient XYToolTipGenerator tips;
        private boolean formatted;

        LazyTipEntity(Shape area, XYDataset dataset, int series, int item, XYToolTipGenerator tips) {
            super(area, dataset, series, item, null, null);
            this.tips = tips;
        }

        @Override
        public String getToolTipText() {
            if (!formatted && tips != null) {
                formatted = true;
                setToolTipText(tips.generateToolTip(getDataset(), getSeriesIndex(), getItem()));
            }
            return super.getToolTipText();
        }
    }
}

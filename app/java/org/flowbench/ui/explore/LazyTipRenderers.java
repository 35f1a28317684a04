package org.flowbench.ui.explore;

import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import org.jfree.chart.entity.EntityCollection;
import org.jfree.chart.entity.XYItemEntity;
import org.jfree.chart.labels.XYToolTipGenerator;
import org.jfree.chart.renderer.xy.XYAreaRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYDataset;

/**
 * Renderers whose item entities write their tooltip only when one is shown. JFreeChart formats a
 * tooltip for every item at every redraw (a date and a number per point: 11 series of 1,000
 * points is 11,000 strings per frame, on the FX thread); these keep the generator and ask it when
 * the mouse rests on an item.
 */
final class LazyTipRenderers {
    private LazyTipRenderers() {}

    /** Areas filled from zero: with series holding running totals drawn largest first, a stacked chart. */
    static final class Areas extends XYAreaRenderer {
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

package org.flowbench.ui.detect;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import org.flowbench.detect.Alert;
import org.flowbench.store.Incident;
import org.flowbench.store.IncidentKind;
import org.flowbench.ui.common.TrafficChart;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;

/**
 * The traffic chart with the replay drawn over it: a translucent red band per alert in front
 * of the traffic, a pale band per labelled incident behind it, so misses and false alarms show.
 */
final class AlertTimeline {
    private static final Color ALERT = new Color(0xcf, 0x22, 0x2e, 45);
    private static final Color ALERT_EDGE = new Color(0xcf, 0x22, 0x2e, 160);
    private static final Color ATTACK = new Color(0x1a, 0x7f, 0x37, 45);
    private static final Color BENIGN = new Color(0x80, 0x80, 0x80, 40);

    private final TrafficChart traffic = new TrafficChart();
    private int alertBands;

    TrafficChart chart() { return traffic; }

    void show(List<Alert> alerts, List<Incident> incidents) {
        XYPlot plot = traffic.chart().getXYPlot();
        plot.clearDomainMarkers();
        for (Incident i : incidents) {
            IntervalMarker band = new IntervalMarker(i.start().toEpochMilli(), i.end().toEpochMilli(),
                    i.kind() == IncidentKind.ATTACK ? ATTACK : BENIGN);
            band.setLabel(i.name());
            band.setLabelAnchor(RectangleAnchor.BOTTOM_LEFT);
            band.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
            band.setLabelOffset(new RectangleInsets(4, 4, 4, 4));
            band.setLabelFont(org.flowbench.ui.common.ChartFonts.plain(11));
            band.setLabelPaint(new Color(0x1a7f37));
            plot.addDomainMarker(band, Layer.BACKGROUND);
        }
        for (Alert a : alerts) {
            IntervalMarker band = new IntervalMarker(a.start().toEpochMilli(), a.end().toEpochMilli(), ALERT,
                    new BasicStroke(1f), ALERT_EDGE, new BasicStroke(1f), 1f);
            plot.addDomainMarker(band, Layer.FOREGROUND);
        }
        alertBands = alerts.size();
    }

    /** Alert bands drawn (tests read this). */
    int alertBands() { return alertBands; }
}

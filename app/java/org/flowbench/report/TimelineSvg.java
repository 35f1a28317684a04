package org.flowbench.report;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flowbench.detect.Alert;
import org.flowbench.store.Incident;

/**
 * The report's timeline as inline SVG: one lane per incident, then one lane per detection rule
 * with its alerts, all on the report's time range, so a reader sees what was detected when.
 */
public final class TimelineSvg {
    static final int WIDTH = 680, LEFT = 190, RIGHT = 12, LANE = 18, AXIS = 20;

    private TimelineSvg() {}

    public static String render(ReportModel model) {
        List<Lane> lanes = new ArrayList<>();
        for (Incident i : model.incidents()) {
            lanes.add(new Lane(i.name() + " (" + i.kind().sqlName() + ")", colour(i), List.<Instant[]>of(new Instant[] {i.start(), i.end()})));
        }
        if (model.detection() != null) {
            Map<String, List<Instant[]>> byRule = new LinkedHashMap<>();
            for (Alert a : model.detection().alerts()) {
                byRule.computeIfAbsent(a.rule(), r -> new ArrayList<>()).add(new Instant[] {a.start(), a.end()});
            }
            for (var e : byRule.entrySet()) {
                lanes.add(new Lane("alerts: " + e.getKey() + " (" + Units.count(e.getValue().size()) + ")", "#e0803a", e.getValue()));
            }
        }
        int height = lanes.size() * LANE + AXIS + 8;
        double plot = WIDTH - LEFT - RIGHT;
        double span = Math.max(1, Duration.between(model.from(), model.to()).toMillis());
        StringBuilder b = new StringBuilder();
        b.append("<svg xmlns=\"").append(Svg.NS).append("\" class=\"timeline\" width=\"").append(WIDTH).append("\" height=\"")
                .append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" font-family=\"sans-serif\" font-size=\"10\">");
        for (int l = 0; l < lanes.size(); l++) {
            Lane lane = lanes.get(l);
            double top = 4 + l * LANE;
            b.append("<rect x=\"").append(LEFT).append("\" y=\"").append(Svg.n(top)).append("\" width=\"").append(Svg.n(plot))
                    .append("\" height=\"").append(LANE - 4).append("\" fill=\"#f3f3f3\"/>");
            b.append("<text x=\"").append(LEFT - 6).append("\" y=\"").append(Svg.n(top + 11))
                    .append("\" text-anchor=\"end\" fill=\"#222222\">").append(Svg.esc(shorten(lane.label()))).append("</text>");
            for (Instant[] r : lane.ranges()) {
                double a = clamp(Duration.between(model.from(), r[0]).toMillis() / span), z = clamp(Duration.between(model.from(), r[1]).toMillis() / span);
                b.append("<rect x=\"").append(Svg.n(LEFT + a * plot)).append("\" y=\"").append(Svg.n(top))
                        .append("\" width=\"").append(Svg.n(Math.max(1.5, (z - a) * plot))).append("\" height=\"")
                        .append(LANE - 4).append("\" fill=\"").append(lane.colour()).append("\" fill-opacity=\"0.8\"/>");
            }
        }
        double base = 4 + lanes.size() * LANE;
        for (Instant t : TimeTicks.between(model.from(), model.to(), 6)) {
            double xx = LEFT + plot * Duration.between(model.from(), t).toMillis() / span;
            b.append("<text x=\"").append(Svg.n(xx)).append("\" y=\"").append(Svg.n(base + 12))
                    .append("\" text-anchor=\"middle\" fill=\"#444444\">").append(Units.clock(t)).append("</text>");
        }
        return b.append("</svg>").toString();
    }

    private record Lane(String label, String colour, List<Instant[]> ranges) {}

    private static String colour(Incident i) {
        return switch (i.kind()) {
            case ATTACK -> "#c44e52";
            case BENIGN -> "#4a9c5d";
            default -> "#8172b2";
        };
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }

    private static String shorten(String s) {
        return s.length() <= 34 ? s : s.substring(0, 33) + "\u2026";
    }
}

package org.flowbench.ui.detect;

import java.util.List;
import java.util.Locale;
import org.flowbench.detect.Score;
import org.flowbench.detect.SweepPoint;
import org.flowbench.detect.SweepResult;
import org.flowbench.task.Nouns;

/**
 * A two-axis sweep as rows (first axis) and columns (second axis) for the heat map, with the
 * best point's place and a 0..1 "goodness" per cell for its colour.
 *
 * @param bestRow row of {@link SweepResult#best()}, -1 without incidents to score against
 */
public record SweepGrid(String rowAxis, String columnAxis, List<Double> rows, List<Double> columns,
                        List<SweepPoint> points, int bestRow, int bestColumn) {
    public SweepGrid {
        rows = List.copyOf(rows);
        columns = List.copyOf(columns);
        points = List.copyOf(points);
    }

    /** The grid of a two-axis result; null for a single axis. */
    public static SweepGrid of(SweepResult result) {
        if (result.axes().size() != 2) return null;
        List<Double> rows = result.axes().get(0).values(), columns = result.axes().get(1).values();
        int best = result.best().map(result.points()::indexOf).orElse(-1);
        return new SweepGrid(result.axes().get(0).label(), result.axes().get(1).label(), rows, columns,
                result.points(), best < 0 ? -1 : best / columns.size(), best < 0 ? -1 : best % columns.size());
    }

    public SweepPoint at(int row, int column) {
        return points.get(row * columns.size() + column);
    }

    public boolean isBest(int row, int column) {
        return row == bestRow && column == bestColumn;
    }

    /** What a cell says: recall, precision and false-alert minutes when scored, else alerts and keys. */
    public String text(int row, int column) {
        SweepPoint p = at(row, column);
        Score s = p.score();
        if (s == null || s.attacks() == 0) return Nouns.count(p.alerts(), "alert") + "\n" + Nouns.count(p.alertingKeys(), "key");
        return "R " + percent(s.recall()) + "  P " + percent(s.precision()) + "\n"
                + String.format(Locale.ROOT, "%.1f", s.alertMinutesOutside()) + " false min";
    }

    /**
     * 1 for a cell that detects every attack with no alert minute outside them, down to 0: recall
     * weighs most, false minutes (relative to the grid's worst) take off up to a third.
     */
    public double goodness(int row, int column) {
        double worst = points.stream().mapToDouble(p -> p.score() == null ? 0 : p.score().alertMinutesOutside()).max().orElse(0);
        Score s = at(row, column).score();
        if (s == null || s.attacks() == 0) return worst <= 0 ? 1 : 1 - (s == null ? 0 : s.alertMinutesOutside()) / worst;
        double recall = s.recall() == null ? 0 : s.recall();
        double falseShare = worst <= 0 ? 0 : s.alertMinutesOutside() / worst;
        return Math.max(0, recall * (1 - falseShare / 3));
    }

    private static String percent(Double share) {
        return share == null ? "-" : Math.round(share * 100) + "%";
    }
}

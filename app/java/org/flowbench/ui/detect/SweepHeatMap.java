package org.flowbench.ui.detect;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import org.flowbench.task.Nouns;
import org.flowbench.ui.common.Formats;

/**
 * A two-threshold sweep as a table of cells: first threshold down, second across, each cell
 * coloured from red (misses attacks, many false minutes) to green, the best point outlined.
 */
final class SweepHeatMap extends GridPane {
    SweepHeatMap() {
        setId("sweep-grid");
        setHgap(2);
        setVgap(2);
        setPadding(new Insets(8));
    }

    void show(SweepGrid grid) {
        getChildren().clear();
        if (grid == null) return;
        add(header(grid.rowAxis() + " \u2193  " + grid.columnAxis() + " \u2192"), 0, 0);
        for (int c = 0; c < grid.columns().size(); c++) add(header(Formats.si(grid.columns().get(c))), c + 1, 0);
        for (int r = 0; r < grid.rows().size(); r++) {
            add(header(Formats.si(grid.rows().get(r))), 0, r + 1);
            for (int c = 0; c < grid.columns().size(); c++) add(cell(grid, r, c), c + 1, r + 1);
        }
    }

    private static Label header(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("text-bold");
        l.setPadding(new Insets(2, 6, 2, 6));
        return l;
    }

    private static Label cell(SweepGrid grid, int r, int c) {
        Label l = new Label(grid.text(r, c));
        l.getStyleClass().add("sweep-cell");
        l.setMinSize(110, 40);
        l.setAlignment(Pos.CENTER);
        double g = grid.goodness(r, c);
        // red (0) through yellow to green (1), light enough for dark text in both themes
        String fill = String.format(java.util.Locale.ROOT, "hsb(%.0f, 45%%, 95%%)", 120 * g);
        boolean best = grid.isBest(r, c);
        l.setStyle("-fx-background-color: " + fill + "; -fx-text-fill: #1b1b1b;"
                + (best ? " -fx-border-color: #1a4fd6; -fx-border-width: 3; -fx-font-weight: bold;" : ""));
        if (best) {
            l.setId("sweep-best");
            l.getStyleClass().add("sweep-best");
        }
        var p = grid.at(r, c);
        l.setTooltip(new Tooltip(grid.rowAxis() + " = " + Formats.si(grid.rows().get(r)) + ", " + grid.columnAxis() + " = "
                + Formats.si(grid.columns().get(c)) + "\n" + Nouns.count(p.alerts(), "alert") + " on " + Nouns.count(p.alertingKeys(), "key")
                + (best ? "\nbest: every attack caught with the fewest false-alert minutes" : "")));
        return l;
    }

    int cells() {
        return (int) getChildren().stream().filter(n -> n.getStyleClass().contains("sweep-cell")).count();
    }
}

package org.flowbench.ui.explore;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import org.flowbench.task.BackgroundTask;
import org.flowbench.task.TaskRunner;
import org.flowbench.ui.common.ChartExport;
import org.jfree.chart.JFreeChart;

/** Explore's Export menu: the table as CSV, the chart as PNG or SVG, each file written by a background task. */
final class ExploreExportMenu extends MenuButton {
    private final ExploreViewModel model;
    private final TaskRunner runner;
    private final Supplier<JFreeChart> chart;
    private final Region viewer;

    /**
     * @param chart  the chart shown, null when there is none
     * @param viewer where it is shown: the image is twice its size (at least 800 x 450)
     */
    ExploreExportMenu(ExploreViewModel model, TaskRunner runner, Supplier<JFreeChart> chart, Region viewer) {
        super("Export");
        this.model = model;
        this.runner = runner;
        this.chart = chart;
        this.viewer = viewer;
        setMinWidth(Region.USE_PREF_SIZE);
        MenuItem csv = new MenuItem("Table as CSV...");
        csv.setOnAction(e -> exportCsv());
        MenuItem png = new MenuItem("Chart as PNG...");
        png.setOnAction(e -> exportChart("png"));
        MenuItem svg = new MenuItem("Chart as SVG...");
        svg.setOnAction(e -> exportChart("svg"));
        getItems().addAll(csv, png, svg);
    }

    private File choose(String title, String name, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(name);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(extension.toUpperCase(), "*." + extension));
        return chooser.showSaveDialog(getScene().getWindow());
    }

    private void exportCsv() {
        File file = choose("Export table", "explore.csv", "csv");
        if (file == null) return;
        String csv = model.tableCsv();
        runner.run(BackgroundTask.of("Export CSV", (progress, cancel) -> Files.writeString(file.toPath(), csv,
                StandardCharsets.UTF_8)));
    }

    private void exportChart(String extension) {
        JFreeChart current = chart.get();
        if (current == null) return;
        File file = choose("Export chart", "explore." + extension, extension);
        if (file == null) return;
        int width = (int) Math.max(800, viewer.getWidth() * 2), height = (int) Math.max(450, viewer.getHeight() * 2);
        runner.run(BackgroundTask.of("Export " + extension.toUpperCase(Locale.ROOT), (progress, cancel) -> {
            ChartExport.write(current, file.toPath(), width, height);
            return file;
        }));
    }
}

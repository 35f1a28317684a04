package org.flowbench.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The window's dialogs. Non-blocking ({@code show}, not {@code showAndWait}) except the chooser. */
final class WorkbenchDialogs {
    private final Window owner;

    WorkbenchDialogs(Window owner) {
        this.owner = owner;
    }

    /** Asks for captures to import; empty when the user cancelled. */
    List<Path> chooseCaptures() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import captures");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Packet captures", "*.pcap", "*.pcapng", "*.cap", "*.pcap.gz",
                        "*.pcapng.gz"),
                new FileChooser.ExtensionFilter("All files", "*"));
        List<File> files = chooser.showOpenMultipleDialog(owner);
        return files == null ? List.of() : files.stream().map(File::toPath).toList();
    }

    void showAbout() {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, null, ButtonType.CLOSE);
        alert.initOwner(owner);
        alert.setTitle("About Flowbench");
        alert.setHeaderText("Flowbench 0.1.0");
        alert.setContentText("A workbench for network engineers who investigate traffic floods after the fact:"
                + " import packet captures and flow exports, explore the traffic, replay detection thresholds,"
                + " and measure Flowspec and RTBH rules before they touch a router.\n\nRuns fully offline;"
                + " Help > User guide (F1) explains each work area.");
        alert.show();
    }

    void showShortcuts() {
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(6);
        int row = 0;
        for (Shortcut shortcut : Shortcut.all()) {
            Label keys = new Label(shortcut.keys().getDisplayText());
            keys.getStyleClass().add("shortcut-keys");
            grid.addRow(row++, keys, new Label(shortcut.description()));
        }
        Alert alert = new Alert(Alert.AlertType.NONE, null, ButtonType.CLOSE);
        alert.initOwner(owner);
        alert.setTitle("Keyboard shortcuts");
        alert.setHeaderText("Keyboard shortcuts");
        alert.getDialogPane().setContent(grid);
        alert.show();
    }
}

package org.flowbench.ui.mitigate;

import java.io.File;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/** The set in a router's syntax, read-only, with Copy and Save. */
final class ExportPane extends VBox {
    ExportPane(ExportViewModel model) {
        super(6);
        setPadding(new Insets(8));
        ComboBox<String> dialect = new ComboBox<>(FXCollections.observableArrayList(RulesViewModel.dialectNames()));
        dialect.setId("export-dialect");
        dialect.valueProperty().bindBidirectional(model.dialectProperty());
        Button export = new Button("Export");
        export.setId("export-button");
        export.setOnAction(e -> model.export());
        dialect.valueProperty().addListener((obs, old, now) -> model.export());
        TextArea text = new TextArea();
        text.setId("export-text");
        text.setEditable(false);
        text.setStyle("-fx-font-family: monospace;");
        text.textProperty().bind(model.textProperty());
        VBox.setVgrow(text, Priority.ALWAYS);
        Button copy = new Button("Copy");
        copy.setId("export-copy");
        copy.disableProperty().bind(model.textProperty().isEmpty());
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(model.textProperty().get());
            Clipboard.getSystemClipboard().setContent(content);
        });
        Button save = new Button("Save...");
        save.setId("export-save");
        save.disableProperty().bind(model.textProperty().isEmpty());
        save.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Save rules");
            chooser.setInitialFileName("flowspec-" + model.dialectProperty().get() + ".conf");
            File file = chooser.showSaveDialog(getScene().getWindow());
            if (file != null) model.save(file.toPath());
        });
        Label status = new Label();
        status.setId("export-status");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        HBox top = new HBox(8, new Label("Dialect"), dialect, export, copy, save);
        top.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(top, status, text);
    }
}

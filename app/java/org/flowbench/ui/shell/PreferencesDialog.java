package org.flowbench.ui.shell;

import java.io.File;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.flowbench.settings.Preferences;

/** File > Preferences: binds {@link PreferencesViewModel}'s fields; Save checks and applies them. */
public final class PreferencesDialog {
    private PreferencesDialog() {}

    public static Stage show(Window owner, PreferencesViewModel model) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Preferences");

        ComboBox<String> zone = new ComboBox<>();
        zone.setId("pref-zone");
        zone.setEditable(true);
        zone.getItems().setAll(PreferencesViewModel.zoneChoices());
        zone.setValue(model.timeZoneProperty().get());
        zone.valueProperty().addListener((obs, old, now) -> model.timeZoneProperty().set(now));
        zone.setMaxWidth(Double.MAX_VALUE);

        ToggleGroup units = new ToggleGroup();
        RadioButton bits = new RadioButton("bits per second (Mbps, Gbps)");
        RadioButton bytes = new RadioButton("bytes per second (MB/s, GB/s)");
        bits.setId("pref-bits");
        bytes.setId("pref-bytes");
        bits.setToggleGroup(units);
        bytes.setToggleGroup(units);
        units.selectToggle(model.rateUnitProperty().get() == Preferences.RateUnit.BYTES ? bytes : bits);
        units.selectedToggleProperty().addListener((obs, old, now) ->
                model.rateUnitProperty().set(now == bytes ? Preferences.RateUnit.BYTES : Preferences.RateUnit.BITS));

        CheckBox dark = new CheckBox("Dark theme");
        dark.setId("pref-dark");
        dark.selectedProperty().bindBidirectional(model.darkProperty());

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        grid.getColumnConstraints().add(labels);
        int row = 0;
        grid.addRow(row++, new Label("Time zone"), zone);
        grid.addRow(row++, new Label("Rates in"), new VBox(4, bits, bytes));
        grid.addRow(row++, new Label("Default workspace"),
                fileField(stage, "pref-workspace", model.workspaceProperty().get(), model.workspaceProperty(), true,
                        "Flowbench workspace", "*.duckdb"));
        grid.addRow(row++, new Label("Country database"),
                fileField(stage, "pref-country-db", model.countryDbProperty().get(), model.countryDbProperty(), false,
                        "MaxMind database", "*.mmdb"));
        grid.addRow(row++, new Label("ASN database"),
                fileField(stage, "pref-asn-db", model.asnDbProperty().get(), model.asnDbProperty(), false,
                        "MaxMind database", "*.mmdb"));
        grid.addRow(row, new Label("Theme"), dark);
        Label hint = new Label("Databases: GeoLite2 or DB-IP .mmdb files (Country or City; ASN). "
                + "Leave blank for none: country and AS columns then stay empty.");
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);

        Label problem = new Label();
        problem.setId("pref-problem");
        problem.getStyleClass().add("danger");
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemProperty());

        Button cancel = new Button("Cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage.close());
        Button save = new Button("Save");
        save.setId("pref-save");
        save.setDefaultButton(true);
        save.disableProperty().bind(model.checkingProperty());
        save.setOnAction(e -> model.save(stage::close));
        HBox buttons = new HBox(8, cancel, save);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        VBox root = new VBox(12, grid, hint, problem, buttons);
        root.setId("preferences-dialog");
        root.setPadding(new Insets(16));
        root.setPrefWidth(680);
        stage.setScene(new Scene(root));
        stage.show();
        return stage;
    }

    private static HBox fileField(Stage stage, String id, String initial, javafx.beans.property.StringProperty target,
                                  boolean save, String description, String pattern) {
        TextField field = new TextField(initial);
        field.setId(id);
        field.textProperty().bindBidirectional(target);
        HBox.setHgrow(field, Priority.ALWAYS);
        Button browse = new Button("Browse...");
        browse.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(description, pattern),
                    new FileChooser.ExtensionFilter("All files", "*"));
            File f = save ? chooser.showSaveDialog(stage) : chooser.showOpenDialog(stage);
            if (f != null) field.setText(f.getAbsolutePath());
        });
        HBox box = new HBox(6, field, browse);
        box.setPrefWidth(460);
        return box;
    }
}

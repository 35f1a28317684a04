package org.flowbench.ui.detect;

import java.io.File;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import org.flowbench.ui.common.Icons;
import org.flowbench.ui.rulesets.SavedRuleSetsDialog;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * The Detect work area: a toolbar (preset, the Rules menu to open and save, run, cancel), the rule editor on the
 * left, and the alerts, sweep and suggestions on the right.
 */
public final class DetectView extends BorderPane {
    private final AlertsPane alerts;
    private final SweepPane sweep;

    public DetectView(DetectViewModel model, ObservableBooleanValue darkTheme) {
        setId("detect-view");
        RuleEditorViewModel editor = model.editor();
        DetectRunViewModel run = model.replay();

        ComboBox<String> preset = new ComboBox<>(editor.presets());
        preset.setId("detect-preset");
        preset.setPromptText("Preset");
        preset.setOnAction(e -> {
            if (preset.getValue() != null) editor.loadPreset(preset.getValue());
        });
        preset.setMinWidth(Region.USE_PREF_SIZE);
        MenuButton rulesMenu = rulesMenu(model, editor);
        Button runButton = new Button("Run", Icons.of(MaterialDesignP.PLAY));
        runButton.setId("detect-run");
        runButton.getStyleClass().add("accent");
        runButton.disableProperty().bind(run.runningProperty());
        runButton.setOnAction(e -> model.run());
        runButton.setMinWidth(Region.USE_PREF_SIZE);
        Button cancel = new Button("Cancel");
        cancel.setId("detect-cancel");
        cancel.visibleProperty().bind(run.runningProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        cancel.setOnAction(e -> run.cancel());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(run.runningProperty());
        busy.managedProperty().bind(busy.visibleProperty());
        busy.setMinSize(18, 18);
        Label dataset = new Label();
        dataset.getStyleClass().add("text-muted");
        dataset.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                model.datasetProperty().getValue() == null ? "no dataset selected"
                        : "over " + model.datasetProperty().getValue().name(), model.datasetProperty()));
        // the caption is the only control that gives way when the area is narrow: it ellipsizes
        dataset.setMinWidth(0);
        dataset.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(dataset, Priority.ALWAYS);
        Separator separator = new Separator(javafx.geometry.Orientation.VERTICAL);
        separator.setMinWidth(Region.USE_PREF_SIZE);
        HBox toolbar = new HBox(8, preset, rulesMenu, separator, runButton, cancel, busy, dataset);
        toolbar.setId("detect-toolbar");
        toolbar.setAlignment(Pos.CENTER_LEFT);
        toolbar.setPadding(new Insets(6, 10, 6, 10));

        alerts = new AlertsPane(model, darkTheme);
        sweep = new SweepPane(model);
        TabPane results = new TabPane(tab("Alerts", alerts, "detect-tab-alerts"), tab("Sweep", sweep, "detect-tab-sweep"),
                tab("Suggestions", new SuggestionsPane(model), "detect-tab-suggestions"));
        SplitPane split = new SplitPane(new RuleEditorPane(editor), results);
        split.setDividerPositions(0.3);
        setTop(toolbar);
        setCenter(split);
    }

    /**
     * The four ways in and out of the rule text (file or workspace) in one menu: four buttons with
     * their labels did not fit beside the preset and Run in a laptop window.
     */
    private MenuButton rulesMenu(DetectViewModel model, RuleEditorViewModel editor) {
        MenuItem open = new MenuItem("Open file...", Icons.of(MaterialDesignF.FOLDER_OPEN_OUTLINE));
        open.setId("detect-open-file");
        open.setOnAction(e -> editor.open(toPath(chooser().showOpenDialog(getScene().getWindow()))));
        MenuItem save = new MenuItem("Save as file...", Icons.of(MaterialDesignC.CONTENT_SAVE_OUTLINE));
        save.setId("detect-save-file");
        save.setOnAction(e -> editor.save(toPath(chooser().showSaveDialog(getScene().getWindow()))));
        MenuItem openSaved = new MenuItem("Open from workspace...", Icons.of(MaterialDesignD.DATABASE_ARROW_UP_OUTLINE));
        openSaved.setId("detect-open-workspace");
        openSaved.setOnAction(e -> new SavedRuleSetsDialog(getScene().getWindow(), model.savedRuleSets(),
                SavedRuleSetsDialog.Mode.OPEN, model::openFromWorkspace).show());
        MenuItem saveSaved = new MenuItem("Save to workspace...", Icons.of(MaterialDesignD.DATABASE_ARROW_DOWN_OUTLINE));
        saveSaved.setId("detect-save-workspace");
        saveSaved.setOnAction(e -> new SavedRuleSetsDialog(getScene().getWindow(), model.savedRuleSets(),
                SavedRuleSetsDialog.Mode.SAVE, model::saveToWorkspace).show());
        MenuButton menu = new MenuButton("Rules", Icons.of(MaterialDesignF.FILE_DOCUMENT_OUTLINE),
                open, save, new SeparatorMenuItem(), openSaved, saveSaved);
        menu.setId("detect-rules-menu");
        menu.setTooltip(new Tooltip("Open or save the rule set: a JSON/YAML file or a set kept in the workspace"));
        menu.setMinWidth(Region.USE_PREF_SIZE);
        return menu;
    }

    /** Alert bands on the timeline (tests read this). */
    public int alertBands() { return alerts.alertBands(); }

    /** Points on the sweep chart (tests read this). */
    public int sweepPoints() { return sweep.pointCount(); }

    private static Tab tab(String title, javafx.scene.Node content, String id) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        tab.setClosable(false);
        return tab;
    }

    private static FileChooser chooser() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Rule file");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Rule files (JSON, YAML)", "*.json", "*.yaml", "*.yml"),
                new FileChooser.ExtensionFilter("JSON", "*.json"), new FileChooser.ExtensionFilter("YAML", "*.yaml", "*.yml"));
        return chooser;
    }

    private static java.nio.file.Path toPath(File file) {
        return file == null ? null : file.toPath();
    }
}

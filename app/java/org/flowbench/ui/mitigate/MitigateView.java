package org.flowbench.ui.mitigate;

import javafx.scene.control.Button;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.HBox;
import org.flowbench.ui.common.Icons;
import org.flowbench.ui.rulesets.SavedRuleSetsDialog;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;

/** The Mitigate work area: the rule editor on the left, Generate / Simulate / Export on the right. */
public final class MitigateView extends SplitPane {
    private final SimulatePane simulatePane;

    public MitigateView(MitigateViewModel model) {
        setId("mitigate-area");
        RulesPane rules = new RulesPane(model.rules(), savedSetActions(model));
        GeneratePane generate = new GeneratePane(model.generate(), model.legitFilterProperty());
        simulatePane = new SimulatePane(model.simulate(), model.legitFilterProperty());
        ExportPane export = new ExportPane(model.export());
        TabPane steps = new TabPane(tab("Generate", "mitigate-generate-tab", generate),
                tab("Simulate", "mitigate-simulate-tab", simulatePane), tab("Export", "mitigate-export-tab", export));
        steps.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        steps.setId("mitigate-steps");
        // a generation asked from another area shows its proposals, whatever step was in front
        model.generate().runningProperty().addListener((obs, was, now) -> {
            if (now) steps.getSelectionModel().select(0);
        });
        getItems().addAll(rules, steps);
        setDividerPositions(0.38);
    }

    private HBox savedSetActions(MitigateViewModel model) {
        // short labels: the editor's column is about 340 px wide in a laptop window; the tooltip says where
        Button open = new Button("Open saved...", Icons.of(MaterialDesignD.DATABASE_ARROW_UP_OUTLINE));
        open.setId("rules-open-workspace");
        open.setTooltip(new javafx.scene.control.Tooltip("Open a rule set saved in the workspace"));
        open.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        open.setOnAction(e -> new SavedRuleSetsDialog(getScene().getWindow(), model.savedRuleSets(),
                SavedRuleSetsDialog.Mode.OPEN, model::openFromWorkspace).show());
        Button save = new Button("Save...", Icons.of(MaterialDesignD.DATABASE_ARROW_DOWN_OUTLINE));
        save.setId("rules-save-workspace");
        save.setTooltip(new javafx.scene.control.Tooltip("Save the rules in the workspace (Flowbench JSON)"));
        save.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        save.setOnAction(e -> new SavedRuleSetsDialog(getScene().getWindow(), model.savedRuleSets(),
                SavedRuleSetsDialog.Mode.SAVE, model::saveToWorkspace).show());
        return new HBox(8, open, save);
    }

    /** Points drawn in the before/after chart, for tests. */
    public int chartPoints() { return simulatePane.chartPoints(); }

    private static Tab tab(String text, String id, javafx.scene.Node content) {
        Tab t = new Tab(text, content);
        t.setId(id);
        return t;
    }
}

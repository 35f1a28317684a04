package org.flowbench.ui.mitigate;

import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/** The Mitigate work area: the rule editor on the left, Generate / Simulate / Export on the right. */
public final class MitigateView extends SplitPane {
    private final SimulatePane simulatePane;

    public MitigateView(MitigateViewModel model) {
        setId("mitigate-area");
        RulesPane rules = new RulesPane(model.rules());
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

    /** Points drawn in the before/after chart, for tests. */
    public int chartPoints() { return simulatePane.chartPoints(); }

    private static Tab tab(String text, String id, javafx.scene.Node content) {
        Tab t = new Tab(text, content);
        t.setId(id);
        return t;
    }
}

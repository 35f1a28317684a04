package org.flowbench.ui.detect;

import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.flowbench.detect.Rule;
import org.flowbench.detect.RuleSet;
import org.flowbench.detect.Suggestion;
import org.flowbench.store.DatasetInfo;
import org.flowbench.store.Incident;
import org.flowbench.task.BackgroundTask;
import org.flowbench.task.Nouns;
import org.flowbench.ui.StatusBarViewModel;
import org.flowbench.ui.WorkbenchServices;

/** Per-key baselines over the quiet periods and suggested thresholds, for one rule's scope. */
public final class SuggestionsViewModel {
    private final WorkbenchServices services;
    private final StatusBarViewModel statusBar;
    private final Supplier<RuleSet> rules;
    private final ObservableList<String> ruleNames = FXCollections.observableArrayList();
    private final StringProperty rule = new SimpleStringProperty();
    private final DoubleProperty margin = new SimpleDoubleProperty(2);
    private final ObservableList<Suggestion> suggestions = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty("Pick a rule whose scope, window and key to baseline");

    public SuggestionsViewModel(WorkbenchServices services, StatusBarViewModel statusBar, Supplier<RuleSet> rules) {
        this.services = services;
        this.statusBar = statusBar;
        this.rules = rules;
    }

    /** Offers the rules of a (valid) rule set to choose the scope from. */
    public void rulesChanged(RuleSet set) {
        List<String> names = set == null ? List.of() : set.rules().stream().map(Rule::name).toList();
        if (names.equals(ruleNames)) return;
        ruleNames.setAll(names);
        if (rule.get() == null || !names.contains(rule.get())) rule.set(names.isEmpty() ? null : names.get(0));
    }

    public void run(DatasetInfo dataset) {
        RuleSet set = rules.get();
        if (dataset == null || set == null) {
            summary.set(dataset == null ? "Select a dataset to baseline" : "The rules have an error; fix it first");
            return;
        }
        rulesChanged(set);
        Rule chosen = set.rule(rule.get()).orElse(set.rules().get(0));
        double m = margin.get();
        List<Long> ids = List.of(dataset.id());
        summary.set("Baselining " + chosen.name() + " over " + dataset.name() + "...");
        statusBar.runVisible(BackgroundTask.of("Suggest thresholds for " + chosen.name(), (progress, cancel) -> {
                    List<Incident> incidents = services.detect().incidents(ids);
                    return services.detect().suggest(ids, chosen, incidents, m);
                })
                .onSuccess(list -> {
                    suggestions.setAll(list);
                    summary.set(Nouns.count(list.size(), "key") + " of " + chosen.name() + " (" + chosen.window().length().toSeconds()
                            + " s windows, quiet periods only, margin x" + m + ")");
                })
                .onFailure(e -> summary.set("Suggestions failed: " + e.getMessage())));
    }

    public ObservableList<String> ruleNames() { return ruleNames; }

    public StringProperty ruleProperty() { return rule; }

    /** Suggested threshold = quiet maximum times this, at least 1. */
    public DoubleProperty marginProperty() { return margin; }

    public ObservableList<Suggestion> suggestions() { return suggestions; }

    public ReadOnlyStringProperty summaryProperty() { return summary; }
}

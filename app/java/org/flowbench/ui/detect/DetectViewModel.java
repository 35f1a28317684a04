package org.flowbench.ui.detect;

import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;
import org.flowbench.detect.Alert;
import org.flowbench.detect.Presets;
import org.flowbench.detect.RuleSet;
import org.flowbench.store.DatasetInfo;
import org.flowbench.store.RuleSetKind;
import org.flowbench.store.StoredRuleSet;
import org.flowbench.task.TaskRunner;
import org.flowbench.ui.ExploreRequest;
import org.flowbench.ui.MitigateRequest;
import org.flowbench.ui.StatusBarViewModel;
import org.flowbench.ui.WorkbenchServices;
import org.flowbench.ui.rulesets.SavedRuleSetsViewModel;

/**
 * The Detect work area: the rule editor and the three things done with its rules (replay,
 * sweep, suggestions) over the dataset selected in the sidebar. An alert chosen by the user
 * is handed to Explore as an {@link ExploreRequest}.
 */
public final class DetectViewModel {
    private final ObservableValue<DatasetInfo> dataset;
    private final Consumer<ExploreRequest> explore;
    private final Consumer<MitigateRequest> mitigate;
    private final javafx.beans.property.StringProperty message = new javafx.beans.property.SimpleStringProperty("");
    private final RuleEditorViewModel editor;
    private final DetectRunViewModel run;
    private final SweepViewModel sweep;
    private final SuggestionsViewModel suggestions;
    private final SavedRuleSetsViewModel saved;

    public DetectViewModel(WorkbenchServices services, TaskRunner runner, StatusBarViewModel statusBar,
                           ObservableValue<DatasetInfo> dataset, Consumer<ExploreRequest> explore) {
        this(services, runner, statusBar, dataset, explore, request -> { });
    }

    /** @param mitigate receives "Mitigate..." on an alert: its victim and time range */
    public DetectViewModel(WorkbenchServices services, TaskRunner runner, StatusBarViewModel statusBar,
                           ObservableValue<DatasetInfo> dataset, Consumer<ExploreRequest> explore,
                           Consumer<MitigateRequest> mitigate) {
        this.dataset = dataset;
        this.explore = explore;
        this.mitigate = mitigate;
        editor = new RuleEditorViewModel(services::detect, runner, statusBar::show);
        saved = new SavedRuleSetsViewModel(RuleSetKind.DETECTION, services::ruleSets, runner);
        run = new DetectRunViewModel(services, statusBar, this::validRules);
        sweep = new SweepViewModel(services, statusBar, this::validRules);
        suggestions = new SuggestionsViewModel(services, statusBar, this::validRules);
        editor.sourceProperty().addListener((obs, old, now) -> suggestions.rulesChanged(editor.validate().orElse(null)));
        editor.loadPreset(Presets.DEFAULT);
    }

    /** Validates the editor's text; null (and the error shown in the editor) when it does not load. */
    private RuleSet validRules() {
        RuleSet set = editor.validate().orElse(null);
        suggestions.rulesChanged(set);
        return set;
    }

    /**
     * Saves the editor's text in the workspace under the name in {@link #savedRuleSets()}; the
     * editor marks where invalid rules go wrong, the saved-sets form shows the parser's message.
     */
    public void saveToWorkspace(Consumer<StoredRuleSet> done) {
        editor.validate();
        saved.save(editor.textProperty().get(), editor.sourceForSaving(), s -> {
            editor.savedAs(s);
            done.accept(s);
        });
    }

    /** Puts the saved set named in {@link #savedRuleSets()} in the editor. */
    public void openFromWorkspace(Consumer<StoredRuleSet> done) {
        saved.open(s -> {
            editor.showSaved(s);
            done.accept(s);
        });
    }

    public SavedRuleSetsViewModel savedRuleSets() { return saved; }

    public void run() { run.run(dataset.getValue()); }

    public void sweep() { sweep.run(dataset.getValue()); }

    public void suggest() { suggestions.run(dataset.getValue()); }

    /** Asks Explore to show the alert's traffic: its key (and dominant protocol) over its time. */
    public void openInExplore(Alert alert) {
        if (alert == null) return;
        explore.accept(new ExploreRequest(AlertFilters.of(alert), alert.start(), alert.end(),
                "alert " + alert.rule() + " " + alert.key().display()));
    }

    /**
     * Asks Mitigate to generate rules for the alert's destination over the alert's time; false
     * (with the reason in {@link #messageProperty()}) when its key names no destination.
     */
    public boolean mitigate(Alert alert) {
        if (alert == null) return false;
        var victim = AlertFilters.victim(alert);
        if (victim.isEmpty()) {
            message.set("Alert " + alert.key().display() + " names no destination to mitigate for");
            return false;
        }
        message.set("");
        mitigate.accept(new MitigateRequest(victim.get(), alert.start(), alert.end(),
                "alert " + alert.rule() + " " + alert.key().display()));
        return true;
    }

    /** Why the last action on an alert did nothing; empty otherwise. */
    public javafx.beans.property.ReadOnlyStringProperty messageProperty() { return message; }

    public ObservableValue<DatasetInfo> datasetProperty() { return dataset; }

    public RuleEditorViewModel editor() { return editor; }

    public DetectRunViewModel replay() { return run; }

    public SweepViewModel sweeper() { return sweep; }

    public SuggestionsViewModel suggestions() { return suggestions; }
}

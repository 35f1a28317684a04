package org.flowbench.ui.mitigate;

import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.flowbench.flowspec.RuleSet;
import org.flowbench.flowspec.dialect.FlowbenchJson;
import org.flowbench.flowspec.dialect.UnsupportedRuleException;
import org.flowbench.rulesets.RuleSetException;
import org.flowbench.rulesets.RuleSetTexts;
import org.flowbench.store.DatasetInfo;
import org.flowbench.store.RuleSetKind;
import org.flowbench.store.StoredRuleSet;
import org.flowbench.task.TaskRunner;
import org.flowbench.ui.rulesets.RuleSetServices;
import org.flowbench.ui.rulesets.SavedRuleSetsViewModel;

/**
 * The Mitigate work area: rule editor, generation, simulation and export over the dataset the
 * window has selected. The parts share the dataset, the victim and the legitimate-traffic filter.
 */
public final class MitigateViewModel {
    private final ObjectProperty<DatasetInfo> dataset = new SimpleObjectProperty<>();
    private final StringProperty legitFilter = new SimpleStringProperty("");
    private final RulesViewModel rules = new RulesViewModel();
    private final GenerateViewModel generate;
    private final SimulateViewModel simulate;
    private final ExportViewModel export;

    private final SavedRuleSetsViewModel saved;

    public MitigateViewModel(MitigationServices services, TaskRunner runner) {
        this(services, runner, () -> RuleSetServices.UNAVAILABLE);
    }

    /** @param ruleSets the workspace's saved rule sets, for Save to / Open from workspace */
    public MitigateViewModel(MitigationServices services, TaskRunner runner, Supplier<RuleSetServices> ruleSets) {
        saved = new SavedRuleSetsViewModel(RuleSetKind.FLOWSPEC, ruleSets, runner);
        generate = new GenerateViewModel(services, runner, dataset::get, legitFilter, rules::load);
        simulate = new SimulateViewModel(services, runner, dataset::get, rules, generate.victimProperty(), legitFilter);
        export = new ExportViewModel(runner, rules);
        dataset.addListener((obs, old, now) -> generate.prefill(now));
    }

    /**
     * Another area asks for rules against {@code victim} during [from, to): fills the Generate
     * step with them and generates at once (a victim suggestion still loading is ignored).
     */
    public void open(String victim, java.time.Instant from, java.time.Instant to, String origin) {
        generate.request(victim, from, to, origin);
    }

    /**
     * Saves the editor's rules in the workspace, as Flowbench's JSON rule file whatever the
     * editor's dialect, under the name in {@link #savedRuleSets()}. Rules with errors are refused.
     */
    public void saveToWorkspace(Consumer<StoredRuleSet> done) {
        rules.validate();
        RuleSet set = rules.rulesProperty().get();
        if (set == null || !rules.validProperty().get()) {
            saved.fail("The rules are not valid: fix the problems listed under the editor first");
            return;
        }
        String json;
        try {
            json = new FlowbenchJson().write(set);
        } catch (UnsupportedRuleException e) {
            saved.fail(e.getMessage());
            return;
        }
        saved.save(json, "rules.json", done);
    }

    /** Puts the saved set named in {@link #savedRuleSets()} in the editor, in the editor's dialect. */
    public void openFromWorkspace(Consumer<StoredRuleSet> done) {
        saved.open(s -> {
            try {
                rules.load(RuleSetTexts.flowspec(s));
                done.accept(s);
            } catch (RuleSetException e) {
                saved.fail(e.getMessage());
            }
        });
    }

    public SavedRuleSetsViewModel savedRuleSets() { return saved; }

    /** The window's selected dataset; changing it prefills the victim and range. */
    public ObjectProperty<DatasetInfo> datasetProperty() { return dataset; }

    /** A filter marking legitimate traffic; blank means "the dataset's incidents decide". */
    public StringProperty legitFilterProperty() { return legitFilter; }

    public RulesViewModel rules() { return rules; }

    public GenerateViewModel generate() { return generate; }

    public SimulateViewModel simulate() { return simulate; }

    public ExportViewModel export() { return export; }
}

package org.flowbench.ui.mitigate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.flowbench.flowspec.FlowspecRule;
import org.flowbench.flowspec.IpPrefix;
import org.flowbench.flowspec.PrefixComponent;
import org.flowbench.flowspec.RuleSet;
import org.flowbench.flowspec.impact.FocusSample;
import org.flowbench.flowspec.impact.FocusSeries;
import org.flowbench.flowspec.impact.ImpactComparison;
import org.flowbench.flowspec.impact.ImpactReport;
import org.flowbench.flowspec.impact.RuleImpact;
import org.flowbench.store.DatasetInfo;
import org.flowbench.task.BackgroundTask;
import org.flowbench.task.Nouns;
import org.flowbench.task.TaskHandle;
import org.flowbench.task.TaskRunner;

/**
 * Runs the editor's set over the selected dataset in the background: per-rule table, totals of
 * the set beside an RTBH of the victim, and the before/after series of traffic to the victim.
 * After the first run, every edit that parses runs again and supersedes the run under way.
 */
public final class SimulateViewModel {
    private final MitigationServices services;
    private final TaskRunner runner;
    private final Supplier<DatasetInfo> dataset;
    private final RulesViewModel editor;
    private final StringProperty victimField;
    private final StringProperty legitFilter;
    private final ObservableList<ImpactRow> rules = FXCollections.observableArrayList();
    private final ObservableList<ImpactRow> totals = FXCollections.observableArrayList();
    private final ObservableList<FocusSample> focus = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final SimpleBooleanProperty running = new SimpleBooleanProperty();
    private final BooleanProperty followEdits = new SimpleBooleanProperty(true);
    private ImpactReport last;
    private long generation;
    private TaskHandle current;
    private String lastRtbhKey;
    private ImpactReport lastRtbh;

    SimulateViewModel(MitigationServices services, TaskRunner runner, Supplier<DatasetInfo> dataset,
                      RulesViewModel editor, StringProperty victimField, StringProperty legitFilter) {
        this.services = services;
        this.runner = runner;
        this.dataset = dataset;
        this.editor = editor;
        this.victimField = victimField;
        this.legitFilter = legitFilter;
        // once the user has simulated, each edit that parses re-simulates (the editor validates
        // debounced, RulesPane): the rule's impact follows the text
        editor.rulesProperty().addListener((obs, before, now) -> {
            if (followEdits.get() && generation > 0 && now != null && editor.validProperty().get()) run(true);
        });
    }

    /** The set and an RTBH of the victim, both computed afresh. */
    public void simulate() {
        run(false);
    }

    /**
     * @param edit an edit's run: the RTBH of the same victim over the same dataset and split does
     *             not depend on the rules, so the last one is shown again and only the set runs
     */
    private void run(boolean edit) {
        DatasetInfo info = dataset.get();
        RuleSet set = editor.rulesProperty().get();
        if (info == null) {
            status.set("Select a dataset first");
            return;
        }
        if (set == null || !editor.validProperty().get()) {
            status.set("The rules have problems; fix them in the editor first");
            return;
        }
        IpPrefix victim;
        try {
            victim = victim(set);
        } catch (IllegalArgumentException e) {
            status.set("Victim: " + e.getMessage());
            return;
        }
        // a newer run supersedes the one under way: its statement is stopped and its result dropped
        if (current != null && !current.isDone()) current.cancel();
        long mine = ++generation;
        String legit = legitFilter.get();
        running.set(true);
        status.set("Simulating " + Nouns.count(set.size(), "rule") + " over " + info.name() + "...");
        String rtbhKey = info.id() + " " + victim + " " + legit;
        ImpactReport rtbhKept = edit && victim != null && rtbhKey.equals(lastRtbhKey) ? lastRtbh : null;
        current = runner.run(BackgroundTask.of("Simulate rules", (progress, cancel) -> {
                    progress.update(-1, -1, "Simulating over " + info.name());
                    ImpactComparison c = rtbhKept != null
                            ? new ImpactComparison(services.simulate(info.id(), set, victim, legit, cancel), rtbhKept)
                            : services.compare(info.id(), set, victim, legit, cancel);
                    // the chart's points over the dataset's whole span, quiet seconds as zero
                    List<FocusSample> plotted = victim == null ? List.of()
                            : FocusSeries.plotted(c.flowspec().focus(), info.firstTs(), info.lastTs(), FocusSeries.MAX_POINTS);
                    return new Simulated(c, plotted);
                })
                .onSuccess(s -> {
                    if (mine != generation) return;
                    lastRtbhKey = s.comparison().rtbh() == null ? null : rtbhKey;
                    lastRtbh = s.comparison().rtbh();
                    show(s.comparison(), s.plotted(), victim);
                })
                .onFailure(e -> {
                    if (mine == generation) status.set("Could not simulate: " + e.getMessage());
                })
                .onFinally(() -> {
                    if (mine == generation) running.set(false);
                }));
    }

    /** The rules' common destination, else the victim typed on the Generate side, else none. */
    private IpPrefix victim(RuleSet set) {
        Optional<IpPrefix> common = commonDestination(set);
        if (common.isPresent()) return common.get();
        String typed = victimField.get();
        return typed == null || typed.isBlank() ? null : IpPrefix.parse(typed.strip());
    }

    static Optional<IpPrefix> commonDestination(RuleSet set) {
        IpPrefix common = null;
        for (FlowspecRule r : set.rules()) {
            Optional<PrefixComponent> dst = r.destination();
            if (dst.isEmpty() || dst.get().offset() != 0) return Optional.empty();
            if (common != null && !common.equals(dst.get().prefix())) return Optional.empty();
            common = dst.get().prefix();
        }
        return Optional.ofNullable(common);
    }

    private record Simulated(ImpactComparison comparison, List<FocusSample> plotted) {}

    private void show(ImpactComparison c, List<FocusSample> plotted, IpPrefix victim) {
        ImpactReport r = c.flowspec();
        last = r;
        List<ImpactRow> perRule = new ArrayList<>();
        for (RuleImpact ri : r.rules()) perRule.add(ImpactRow.of(ri.position() + ". " + ri.label(), ri.figures()));
        rules.setAll(perRule);
        List<ImpactRow> sum = new ArrayList<>();
        sum.add(ImpactRow.of("Flowspec set", r.set()));
        if (c.rtbh() != null) sum.add(ImpactRow.of("RTBH " + victim + " (65535:666)", c.rtbh().set()));
        totals.setAll(sum);
        focus.setAll(plotted);
        summary.set("Attack dropped " + ProposalRow.percent(r.attackPacketsDroppedShare())
                + ", legitimate dropped " + ProposalRow.percent(r.legitPacketsDroppedShare())
                + (c.rtbh() == null ? "" : "; RTBH would drop " + ProposalRow.percent(c.rtbh().legitPacketsDroppedShare())
                        + " of the legitimate packets")
                + (r.splitKnown() ? "" : " (no incidents or legitimate filter: all traffic counted as legitimate)"));
        note.set(r.estimate() ? "Estimate: " + String.join("; ", r.notes()) : String.join("; ", r.notes()));
        status.set("Simulated " + Nouns.count(r.rules().size(), "rule") + (victim == null ? "" : ", victim " + victim));
    }

    public ObservableList<ImpactRow> rules() { return rules; }

    /** The set's totals, and the RTBH's when there is a victim. */
    public ObservableList<ImpactRow> totals() { return totals; }

    /**
     * Traffic to the victim before and after the set, per step over the dataset's span (one second
     * up to about 1,000 points, longer round steps beyond), seconds without traffic as zero.
     */
    public ObservableList<FocusSample> focus() { return focus; }

    /** The last report, for tests and the chart title; null before the first run. */
    public ImpactReport lastReport() { return last; }

    public ReadOnlyStringProperty summaryProperty() { return summary; }

    /** "Estimate: ..." when the report is approximate (flow records with a length condition). */
    public ReadOnlyStringProperty noteProperty() { return note; }

    public ReadOnlyStringProperty statusProperty() { return status; }

    public ReadOnlyBooleanProperty runningProperty() { return running; }

    /** Whether each valid edit re-simulates after the first run (on by default; off for costly sets). */
    public BooleanProperty followEditsProperty() { return followEdits; }
}

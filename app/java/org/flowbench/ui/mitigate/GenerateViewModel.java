package org.flowbench.ui.mitigate;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.flowbench.flowspec.IpPrefix;
import org.flowbench.flowspec.RuleSet;
import org.flowbench.flowspec.impact.GeneratedRules;
import org.flowbench.flowspec.impact.ImpactReport;
import org.flowbench.flowspec.impact.RuleProposal;
import org.flowbench.flowspec.impact.TimeWindow;
import org.flowbench.store.DatasetInfo;
import org.flowbench.task.BackgroundTask;
import org.flowbench.task.Nouns;
import org.flowbench.task.TaskRunner;
import org.flowbench.ui.common.TypedTime;

/**
 * Rule generation: victim and attack range (prefilled from the dataset) in, proposals with
 * their simulated impact out; choosing one loads it into the editor.
 */
public final class GenerateViewModel {
    private final MitigationServices services;
    private final TaskRunner runner;
    private final Supplier<DatasetInfo> dataset;
    private final StringProperty legitFilter;
    private final Consumer<RuleSet> load;
    private final StringProperty victim = new SimpleStringProperty("");
    private final StringProperty from = new SimpleStringProperty("");
    private final StringProperty to = new SimpleStringProperty("");
    private final ObservableList<ProposalRow> proposals = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty("");
    private final SimpleBooleanProperty running = new SimpleBooleanProperty();
    private final javafx.beans.property.ObjectProperty<ImpactReport> rtbh = new javafx.beans.property.SimpleObjectProperty<>();
    private long generation;

    GenerateViewModel(MitigationServices services, TaskRunner runner, Supplier<DatasetInfo> dataset,
                      StringProperty legitFilter, Consumer<RuleSet> load) {
        this.services = services;
        this.runner = runner;
        this.dataset = dataset;
        this.legitFilter = legitFilter;
        this.load = load;
    }

    /** Fills victim and range from the dataset's first attack incident or top destination. */
    void prefill(DatasetInfo info) {
        long mine = ++generation;
        proposals.clear();
        if (info == null) {
            status.set("Select a dataset");
            return;
        }
        runner.run(BackgroundTask.of("Suggest victim", (p, c) -> services.suggestTarget(info.id()))
                .onSuccess(target -> {
                    if (mine != generation || target.isEmpty()) return;
                    victim.set(target.get().victim());
                    from.set(text(target.get().from()));
                    to.set(text(target.get().to()));
                    status.set("Victim and range from the " + target.get().origin());
                })
                .onFailure(e -> status.set("Could not suggest a victim: " + e.getMessage())));
    }

    /** Victim and range from another area (an alert, an Explore row); generates at once. */
    void request(String target, Instant start, Instant end, String origin) {
        victim.set(target);
        from.set(text(start));
        to.set(text(end));
        generate();
        if (running.get()) status.set("Generating rules for " + target + " (from " + origin + ")...");
    }

    public void generate() {
        DatasetInfo info = dataset.get();
        if (info == null) {
            status.set("Select a dataset first");
            return;
        }
        IpPrefix target;
        TimeWindow window;
        try {
            target = IpPrefix.parse(victim.get().strip());
            window = new TimeWindow(instant(from.get()), instant(to.get()));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            status.set(e.getMessage());
            return;
        }
        long mine = ++generation;
        String legit = legitFilter.get();
        running.set(true);
        status.set("Generating rules for " + target + "...");
        rtbh.set(null);
        runner.run(BackgroundTask.of("Generate rules", (p, c) -> {
                    GeneratedRules g = services.generate(info.id(), target, window, legit);
                    c.check();
                    return new Generated(g, g.proposals().isEmpty() ? null : rtbhOrNull(info.id(), target, window, legit));
                })
                .onSuccess(g -> {
                    if (mine == generation) {
                        show(g.rules());
                        rtbh.set(g.rtbh());
                    }
                })
                .onFailure(e -> {
                    if (mine == generation) status.set("Could not generate rules: " + e.getMessage());
                })
                .onFinally(() -> running.set(false)));
    }

    private record Generated(GeneratedRules rules, ImpactReport rtbh) { }

    /** Services without RTBH (fakes) still generate; the comparison is then left out. */
    private ImpactReport rtbhOrNull(long datasetId, IpPrefix target, TimeWindow window, String legit) throws Exception {
        try {
            return services.rtbh(datasetId, target, window, legit);
        } catch (UnsupportedOperationException e) {
            return null;
        }
    }

    private void show(GeneratedRules generated) {
        proposals.setAll(generated.proposals().stream().map(p -> new ProposalRow(p, p == generated.recommended())).toList());
        status.set(generated.proposals().isEmpty() ? "No traffic to the victim in that range: nothing to propose"
                : Nouns.count(generated.proposals().size(), "proposal") + "; recommended: " + generated.recommended().name());
    }

    /** Loads a proposal's rules into the editor. */
    public void choose(ProposalRow row) {
        if (row == null) return;
        RuleProposal p = row.proposal();
        load.accept(p.rules());
        status.set("Loaded " + p.name() + " into the editor");
    }

    private static Instant instant(String text) {
        return TypedTime.parse(text);
    }

    private static String text(Instant instant) {
        return TypedTime.format(instant);
    }

    public StringProperty victimProperty() { return victim; }

    public StringProperty fromProperty() { return from; }

    public StringProperty toProperty() { return to; }

    public ObservableList<ProposalRow> proposals() { return proposals; }

    public ReadOnlyStringProperty statusProperty() { return status; }

    public ReadOnlyBooleanProperty runningProperty() { return running; }

    /** Blackholing the victim over the same traffic as the proposals, null before (or without) one. */
    public javafx.beans.property.ReadOnlyObjectProperty<ImpactReport> rtbhProperty() { return rtbh; }

    /** The RTBH line shown beside the proposals, empty without one. */
    public String rtbhSummary() {
        ImpactReport r = rtbh.get();
        if (r == null) return "";
        return r.subject() + ": attack dropped " + ProposalRow.percent(r.attackPacketsDroppedShare())
                + ", legitimate dropped " + ProposalRow.percent(r.legitPacketsDroppedShare())
                + ", victim's legitimate dropped " + ProposalRow.percent(r.legitVictimPacketsDroppedShare())
                + ", collateral sources " + r.set().legitSourcesHit();
    }
}

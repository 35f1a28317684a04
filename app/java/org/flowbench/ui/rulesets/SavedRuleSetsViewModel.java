package org.flowbench.ui.rulesets;

import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.flowbench.rulesets.RuleSetException;
import org.flowbench.store.RuleSetKind;
import org.flowbench.store.StoredRuleSet;
import org.flowbench.task.BackgroundTask;
import org.flowbench.task.TaskRunner;

/**
 * The "Save to workspace" / "Open from workspace" form for one kind of rule set: the saved sets
 * (name, rules, updated), a name, whether to replace a set of that name, and the last problem.
 * Nothing is thrown at the user: every failure lands in {@link #errorProperty()}.
 */
public final class SavedRuleSetsViewModel {
    private final RuleSetKind kind;
    private final Supplier<RuleSetServices> services;
    private final TaskRunner runner;
    private final ObservableList<StoredRuleSet> sets = FXCollections.observableArrayList();
    private final ObjectProperty<StoredRuleSet> selected = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final BooleanProperty replace = new SimpleBooleanProperty();
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public SavedRuleSetsViewModel(RuleSetKind kind, Supplier<RuleSetServices> services, TaskRunner runner) {
        this.kind = kind;
        this.services = services;
        this.runner = runner;
        selected.addListener((obs, old, now) -> {
            if (now != null) name.set(now.name());
        });
        name.addListener((obs, old, now) -> error.set(""));
    }

    /** Lists the saved sets again and forgets the last problem, e.g. when the dialog opens. */
    public void refresh() {
        error.set("");
        runner.run(BackgroundTask.of("List saved " + kind.sqlName() + " rule sets", (progress, cancel) -> services.get().list(kind))
                .onSuccess(sets::setAll)
                .onFailure(e -> error.set("Could not list the saved rule sets: " + e.getMessage())));
    }

    /**
     * Saves {@code text} (parsed first; {@code source}'s extension gives a detection set's format)
     * under the form's name; {@code saved} runs on success only.
     */
    public void save(String text, String source, Consumer<StoredRuleSet> saved) {
        String n = name.get() == null ? "" : name.get().strip();
        if (n.isEmpty()) {
            error.set("Give the rule set a name");
            return;
        }
        boolean overwrite = replace.get();
        run("Save rule set " + n, () -> services.get().save(kind, n, text, source, overwrite), s -> {
            refresh();
            saved.accept(s);
        });
    }

    /** Loads the set named in the form; {@code opened} runs on success only. */
    public void open(Consumer<StoredRuleSet> opened) {
        String n = name.get() == null ? "" : name.get().strip();
        if (n.isEmpty()) {
            error.set("Choose a saved rule set");
            return;
        }
        run("Open rule set " + n, () -> services.get().load(kind, n), opened);
    }

    private void run(String title, java.util.concurrent.Callable<StoredRuleSet> work, Consumer<StoredRuleSet> done) {
        if (busy.get()) return;
        busy.set(true);
        error.set("");
        runner.run(BackgroundTask.of(title, (progress, cancel) -> work.call())
                .onSuccess(done::accept)
                .onFailure(e -> error.set(message(e)))
                .onFinally(() -> busy.set(false)));
    }

    /** Shows a problem found before any work started (rules that do not validate). */
    public void fail(String message) {
        error.set(message);
    }

    private static String message(Throwable e) {
        if (e instanceof RuleSetException r && r.reason() == RuleSetException.Reason.NAME_TAKEN) {
            return r.getMessage().replace("; replace it or choose another name", "") + ": tick Replace, or choose another name";
        }
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }

    public RuleSetKind kind() { return kind; }

    public ObservableList<StoredRuleSet> sets() { return sets; }

    public ObjectProperty<StoredRuleSet> selectedProperty() { return selected; }

    public StringProperty nameProperty() { return name; }

    public BooleanProperty replaceProperty() { return replace; }

    public ReadOnlyStringProperty errorProperty() { return error; }

    public ReadOnlyBooleanProperty busyProperty() { return busy; }
}

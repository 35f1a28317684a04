package org.flowbench.ui.mitigate;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.flowbench.flowspec.FlowspecRule;
import org.flowbench.flowspec.Problem;
import org.flowbench.flowspec.RuleSet;
import org.flowbench.flowspec.Validation;
import org.flowbench.flowspec.dialect.Dialect;
import org.flowbench.flowspec.dialect.DialectParseException;
import org.flowbench.flowspec.dialect.Dialects;
import org.flowbench.flowspec.dialect.UnsupportedRuleException;
import org.flowbench.task.Nouns;

/**
 * The rule editor: text in a chosen dialect, parsed and validated on {@link #validate()} (the
 * view calls it debounced while the user types). Parsing is pure computation, cheap enough for
 * the FX thread; nothing here touches the workspace.
 */
public final class RulesViewModel {
    public static final String DEFAULT_DIALECT = "exabgp";

    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<String> dialect = new SimpleObjectProperty<>(DEFAULT_DIALECT);
    private final ObservableList<ProblemRow> problems = FXCollections.observableArrayList();
    private final ObservableList<String> order = FXCollections.observableArrayList();
    private final ObjectProperty<RuleSet> rules = new SimpleObjectProperty<>();
    private final SimpleBooleanProperty valid = new SimpleBooleanProperty();
    private final StringProperty summary = new SimpleStringProperty("No rules");

    public RulesViewModel() {
        dialect.addListener((obs, old, now) -> dialectChanged(old, now));
    }

    /** Dialects the editor can both read and write, so a loaded or converted set can be shown. */
    public static List<String> dialectNames() {
        return Dialects.all().stream().filter(Dialect::canWrite).map(Dialect::name).toList();
    }

    /** Parses and validates the text; updates problems, the RFC 8955 order and the parsed set. */
    public void validate() {
        problems.clear();
        order.clear();
        Optional<Dialect> d = Dialects.named(dialect.get());
        RuleSet parsed = null;
        if (text.get() == null || text.get().isBlank()) {
            summary.set("No rules");
        } else if (d.isEmpty()) {
            problems.add(new ProblemRow("-", "error", "unknown dialect " + dialect.get()));
        } else {
            try {
                parsed = d.get().read(text.get());
            } catch (DialectParseException e) {
                problems.add(ProblemRow.syntax(e.line(), e.column(), e.reason()));
            }
        }
        boolean ok = parsed != null && !parsed.isEmpty();
        if (parsed != null) {
            List<Problem> found = Validation.check(parsed);
            found.forEach(p -> problems.add(ProblemRow.of(p)));
            ok = ok && !Validation.hasErrors(found);
            List<FlowspecRule> ordered = parsed.ordered();
            for (int i = 0; i < ordered.size(); i++) order.add((i + 1) + ". " + ordered.get(i));
            summary.set(Nouns.count(parsed.size(), "rule")
                    + (problems.isEmpty() ? ", valid" : ", " + Nouns.count(problems.size(), "problem")));
        } else if (!problems.isEmpty()) {
            summary.set("Not readable as " + dialect.get());
        }
        valid.set(ok);   // before the set: a listener of the set reads whether it is valid (SimulateViewModel)
        rules.set(parsed);
    }

    /** Shows a set (a chosen proposal) in the editor's dialect. */
    public void load(RuleSet set) {
        text.set(write(set, dialect.get()));
        validate();
    }

    /** Switching dialect converts a readable set into the new syntax; otherwise the text stays. */
    private void dialectChanged(String old, String now) {
        RuleSet current = rules.get();
        if (current != null && !current.isEmpty()) {
            try {
                text.set(Dialects.named(now).orElseThrow().write(current));
            } catch (UnsupportedRuleException e) {
                text.set(write(current, old));
                problems.add(new ProblemRow("-", "error", now + " cannot express these rules: " + e.getMessage()));
                return;
            }
        }
        validate();
    }

    private static String write(RuleSet set, String dialectName) {
        return Dialects.named(dialectName).filter(Dialect::canWrite).orElseGet(() -> Dialects.named(DEFAULT_DIALECT).orElseThrow())
                .write(set);
    }

    public StringProperty textProperty() { return text; }

    public ObjectProperty<String> dialectProperty() { return dialect; }

    public ObservableList<ProblemRow> problems() { return problems; }

    /** The rules in RFC 8955 section 5.1 evaluation order, numbered. */
    public ObservableList<String> order() { return order; }

    /** The parsed set (null when the text is not readable); may still have validation errors. */
    public ReadOnlyObjectProperty<RuleSet> rulesProperty() { return rules; }

    /** Readable, non-empty and without errors: what simulate and export need. */
    public ReadOnlyBooleanProperty validProperty() { return valid; }

    public ReadOnlyStringProperty summaryProperty() { return summary; }
}

package org.flowbench.ui.explore.filter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.flowbench.filter.FilterCompletion;
import org.flowbench.filter.FilterSyntaxException;
import org.flowbench.filter.Filters;
import org.flowbench.filter.SavedFilters;
import org.flowbench.filter.SqlFragment;
import org.flowbench.filter.Suggestion;
import org.flowbench.filter.ValueSource;
import org.flowbench.task.BackgroundTask;
import org.flowbench.task.TaskHandle;
import org.flowbench.task.TaskRunner;

/**
 * The filter editor's state: the text, its syntax error (checked while typing), completion
 * suggestions (computed off the FX thread), the history of applied filters and the saved ones.
 * {@link #applied()} changes only when a valid filter is applied, which is what queries follow.
 */
public final class FilterEditorViewModel {
    public static final int HISTORY_SIZE = 50;

    private final TaskRunner runner;
    private final SavedFilters saved;
    private final StringProperty text = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final IntegerProperty errorOffset = new SimpleIntegerProperty(-1);
    private final ObjectProperty<Applied> applied = new SimpleObjectProperty<>(new Applied("", SqlFragment.TRUE));
    private final ObservableList<Suggestion> suggestions = FXCollections.observableArrayList();
    private final ObservableList<String> history = FXCollections.observableArrayList();
    private final ObservableList<String> savedNames = FXCollections.observableArrayList();
    private final Map<String, String> savedTexts = new java.util.LinkedHashMap<>();
    private volatile ValueSource values = ValueSource.NONE;
    private TaskHandle pendingCompletion;
    private long completionGeneration;
    /** Position in {@link #history} while browsing it with Up/Down; -1 when not browsing. */
    private int historyAt = -1;

    /** A filter that compiled, with its text as the user typed it. */
    public record Applied(String text, SqlFragment sql) {}

    public FilterEditorViewModel(TaskRunner runner, SavedFilters saved) {
        this.runner = runner;
        this.saved = saved;
    }

    public StringProperty textProperty() { return text; }

    /** The syntax error of the current text, empty when it compiles. */
    public ReadOnlyStringProperty errorProperty() { return error; }

    /** Where the error is in the text, -1 without one. */
    public ReadOnlyIntegerProperty errorOffsetProperty() { return errorOffset; }

    public ReadOnlyObjectProperty<Applied> applied() { return applied; }

    public ObservableList<Suggestion> suggestions() { return suggestions; }

    /** Applied filters, newest first, at most {@link #HISTORY_SIZE}. */
    public ObservableList<String> history() { return history; }

    public ObservableList<String> savedNames() { return savedNames; }

    /** Where completion finds values from the data; set when the datasets change. */
    public void setValueSource(ValueSource source) {
        values = source == null ? ValueSource.NONE : source;
    }

    /** Checks the text; returns the compiled filter, or null after setting the error. Cheap: runs on the FX thread. */
    public SqlFragment validate() {
        try {
            SqlFragment sql = Filters.compile(text.get());
            error.set("");
            errorOffset.set(-1);
            return sql;
        } catch (FilterSyntaxException e) {
            error.set(e.getMessage());
            errorOffset.set(Math.min(e.offset(), text.get().length()));
            return null;
        }
    }

    /** Applies the text if it compiles (remembering it in the history); false when it has an error. */
    public boolean apply() {
        SqlFragment sql = validate();
        if (sql == null) return false;
        String t = text.get().strip();
        remember(t);
        applied.set(new Applied(t, sql));
        historyAt = -1;
        return true;
    }

    /** Adds {@code term} to the text with AND (parenthesising an OR in the text), then applies. */
    public boolean addTerm(String term) {
        String current = text.get().strip();
        if (current.isEmpty()) {
            text.set(term);
        } else {
            boolean needsParens = current.toUpperCase(java.util.Locale.ROOT).contains(" OR ") || current.contains("||");
            text.set((needsParens ? "(" + current + ")" : current) + " AND " + term);
        }
        return apply();
    }

    /** Asks for suggestions at {@code caret}; a newer request supersedes one still running. */
    public void complete(int caret) {
        if (pendingCompletion != null) pendingCompletion.cancel();
        long mine = ++completionGeneration;
        String snapshot = text.get();
        ValueSource source = values;
        pendingCompletion = runner.run(BackgroundTask.of("Complete filter",
                        (progress, cancel) -> new FilterCompletion(source).complete(snapshot, caret))
                .onSuccess(list -> {
                    if (mine == completionGeneration && snapshot.equals(text.get())) suggestions.setAll(list);
                }));
    }

    public void closeSuggestions() {
        if (pendingCompletion != null) pendingCompletion.cancel();
        completionGeneration++;
        suggestions.clear();
    }

    /** Replaces the suggestion's stretch of text; returns the caret after the inserted text. */
    public int accept(Suggestion s) {
        String t = text.get();
        int from = Math.max(0, Math.min(s.replaceFrom(), t.length()));
        int to = Math.max(from, Math.min(s.replaceTo(), t.length()));
        String insert = s.insertText();
        boolean space = !insert.endsWith("(");
        String after = t.substring(to);
        String tail = space && (after.isEmpty() || !Character.isWhitespace(after.charAt(0))) ? " " : "";
        text.set(t.substring(0, from) + insert + tail + after);
        closeSuggestions();
        validate();
        return from + insert.length() + tail.length();
    }

    /** Up: the previous applied filter into the text. False when there is none older. */
    public boolean historyBack() {
        if (historyAt + 1 >= history.size()) return false;
        historyAt++;
        text.set(history.get(historyAt));
        return true;
    }

    /** Down: a newer one again, or an empty text past the newest. */
    public boolean historyForward() {
        if (historyAt < 0) return false;
        historyAt--;
        text.set(historyAt < 0 ? "" : history.get(historyAt));
        return true;
    }

    private void remember(String t) {
        if (t.isEmpty()) return;
        history.remove(t);
        history.add(0, t);
        if (history.size() > HISTORY_SIZE) history.remove(HISTORY_SIZE, history.size());
    }

    /** Loads the saved filters in the background. */
    public void loadSaved() {
        runner.run(BackgroundTask.of("Load saved filters", (progress, cancel) -> saved.load())
                .onSuccess(this::showSaved)
                .onFailure(e -> error.set("Could not read " + saved.file() + ": " + e.getMessage())));
    }

    /** Saves the current text under {@code name}, in the background. */
    public void saveAs(String name) {
        String t = text.get().strip();
        runner.run(BackgroundTask.of("Save filter", (progress, cancel) -> saved.save(name, t))
                .onSuccess(this::showSaved)
                .onFailure(e -> error.set("Could not save the filter: " + e.getMessage())));
    }

    /** Puts a saved filter in the editor and applies it. */
    public boolean pickSaved(String name) {
        String t = savedTexts.get(name);
        if (t == null) return false;
        text.set(t);
        return apply();
    }

    private void showSaved(Map<String, String> all) {
        savedTexts.clear();
        savedTexts.putAll(all);
        savedNames.setAll(new ArrayList<>(all.keySet()));
    }

    public List<String> savedFilterTexts() { return List.copyOf(savedTexts.values()); }
}

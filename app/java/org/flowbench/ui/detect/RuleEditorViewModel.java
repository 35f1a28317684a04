package org.flowbench.ui.detect;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.flowbench.detect.Presets;
import org.flowbench.detect.RuleFileException;
import org.flowbench.detect.RuleFileFormat;
import org.flowbench.detect.RuleFiles;
import org.flowbench.detect.RuleSet;
import org.flowbench.store.StoredRuleSet;
import org.flowbench.task.BackgroundTask;
import org.flowbench.task.TaskRunner;

/**
 * The rule set being edited: JSON text from a preset or a file, checked before every run, the
 * first problem shown with its place in the text.
 */
public final class RuleEditorViewModel {
    private final Supplier<DetectServices> services;
    private final TaskRunner runner;
    private final Consumer<String> status;
    private final ObservableList<String> presets = FXCollections.observableArrayList(Presets.names());
    private final StringProperty text = new SimpleStringProperty("");
    private final StringProperty source = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final IntegerProperty errorOffset = new SimpleIntegerProperty(-1);
    /** JSON or YAML: from the file's extension, JSON for presets, as stored for saved sets. */
    private RuleFileFormat format = RuleFileFormat.JSON;

    public RuleEditorViewModel(Supplier<DetectServices> services, TaskRunner runner, Consumer<String> status) {
        this.services = services;
        this.runner = runner;
        this.status = status;
        text.addListener((obs, old, now) -> clearError());
    }

    /** Puts a shipped preset's rules in the editor (written back out, so every field shows). */
    public void loadPreset(String name) {
        runner.run(BackgroundTask.of("Load preset " + name, (progress, cancel) -> RuleFiles.write(Presets.load(name)))
                .onSuccess(json -> show(json, "preset " + name, RuleFileFormat.JSON))
                .onFailure(e -> status.accept("Could not load preset " + name + ": " + e.getMessage())));
    }

    public void open(Path file) {
        if (file == null) return;
        runner.run(BackgroundTask.of("Open " + file.getFileName(), (progress, cancel) -> services.get().readRules(file))
                .onSuccess(json -> {
                    show(json, file.toString(), RuleFileFormat.of(file));
                    validate();
                })
                .onFailure(e -> status.accept("Could not read " + file + ": " + e.getMessage())));
    }

    /**
     * Writes the text to {@code file}; when the file's extension asks for the other format (YAML
     * text into .json, JSON into .yaml) and the rules are valid, they are converted first.
     */
    public void save(Path file) {
        if (file == null) return;
        String written = text.get();
        RuleFileFormat target = RuleFileFormat.of(file);
        if (target != format) {
            Optional<RuleSet> valid = validate();
            if (valid.isPresent()) written = RuleFiles.write(valid.get(), target);
        }
        String body = written;
        runner.run(BackgroundTask.of("Save " + file.getFileName(), (progress, cancel) -> {
                    services.get().writeRules(file, body);
                    return file;
                })
                .onSuccess(saved -> {
                    if (!body.equals(text.get())) text.set(body);
                    source.set(saved.toString());
                    format = target;
                    status.accept("Rules saved to " + saved);
                })
                .onFailure(e -> status.accept("Could not save " + file + ": " + e.getMessage())));
    }

    /** The rule set the text describes, or empty with {@link #errorProperty()} saying why and where. */
    public Optional<RuleSet> validate() {
        String json = text.get();
        try {
            RuleSet set = RuleFiles.parse(json, source.get().isBlank() ? "rules" : source.get(), format);
            clearError();
            return Optional.of(set);
        } catch (RuleFileException e) {
            RuleError where = RuleError.of(e, json);
            error.set(where.position().isEmpty() ? where.message() : where.position() + ": " + where.message());
            errorOffset.set(where.offset());
            return Optional.empty();
        }
    }

    /** Shows a set opened from the workspace, in the format it was saved in. */
    public void showSaved(StoredRuleSet saved) {
        show(saved.text(), savedLabel(saved), "yaml".equals(saved.format()) ? RuleFileFormat.YAML : RuleFileFormat.JSON);
        validate();
    }

    /** The text now lives in the workspace under that set's name. */
    public void savedAs(StoredRuleSet saved) {
        source.set(savedLabel(saved));
        status.accept("Rules saved in the workspace as '" + saved.name() + "'");
    }

    /** What a saved set's text needs as its source name so the reader takes it as JSON or YAML. */
    public String sourceForSaving() {
        return "rules" + (format == RuleFileFormat.YAML ? ".yaml" : ".json");
    }

    private static String savedLabel(StoredRuleSet saved) {
        return "workspace rule set " + saved.name();
    }

    private void show(String json, String from, RuleFileFormat textFormat) {
        format = textFormat;
        text.set(json);
        source.set(from);
    }

    private void clearError() {
        error.set("");
        errorOffset.set(-1);
    }

    public ObservableList<String> presets() { return presets; }

    public StringProperty textProperty() { return text; }

    /** Where the text came from: "preset training-labs", a file path or "workspace rule set NAME". */
    public ReadOnlyStringProperty sourceProperty() { return source; }

    /** The last validation's problem, empty when the text is valid or changed since. */
    public ReadOnlyStringProperty errorProperty() { return error; }

    public ReadOnlyIntegerProperty errorOffsetProperty() { return errorOffset; }
}

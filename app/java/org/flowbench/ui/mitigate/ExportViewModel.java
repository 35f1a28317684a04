package org.flowbench.ui.mitigate;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.flowbench.flowspec.Problem;
import org.flowbench.flowspec.RuleSet;
import org.flowbench.flowspec.dialect.Dialect;
import org.flowbench.flowspec.dialect.Dialects;
import org.flowbench.flowspec.dialect.Exporter;
import org.flowbench.flowspec.dialect.UnsupportedRuleException;
import org.flowbench.task.BackgroundTask;
import org.flowbench.task.Nouns;
import org.flowbench.task.TaskRunner;

/** The editor's set written for a router or BGP speaker; refused with the problems when invalid. */
public final class ExportViewModel {
    private final TaskRunner runner;
    private final RulesViewModel editor;
    private final ObjectProperty<String> dialect = new SimpleObjectProperty<>("bird");
    private final StringProperty text = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");

    ExportViewModel(TaskRunner runner, RulesViewModel editor) {
        this.runner = runner;
        this.editor = editor;
    }

    /** Writes the set in the chosen dialect; on problems the text is empty and status says why. */
    public void export() {
        text.set("");
        RuleSet set = editor.rulesProperty().get();
        Dialect target = Dialects.named(dialect.get()).filter(Dialect::canWrite).orElse(null);
        if (target == null) {
            status.set("Cannot write " + dialect.get());
        } else if (set == null || set.isEmpty()) {
            status.set("Not exported: the editor holds no readable rules"
                    + (editor.problems().isEmpty() ? "" : " (" + editor.problems().get(0).message() + ")"));
        } else {
            try {
                text.set(Exporter.export(set, target));
                status.set(Nouns.count(set.size(), "rule") + " in " + target.name() + " syntax");
            } catch (Exporter.InvalidRulesException e) {
                status.set("Not exported, the rules have errors: " + e.problems().stream().map(Problem::toString)
                        .collect(Collectors.joining("; ")));
            } catch (UnsupportedRuleException e) {
                status.set("Not exported: " + target.name() + " cannot express this: " + e.getMessage());
            }
        }
    }

    /** Saves the exported text off the FX thread. */
    public void save(Path file) {
        String content = text.get();
        if (file == null || content.isEmpty()) return;
        runner.run(BackgroundTask.of("Save rules", (p, c) -> Files.writeString(file, content, StandardCharsets.UTF_8))
                .onSuccess(f -> status.set("Saved " + f))
                .onFailure(e -> status.set("Could not save " + file + ": " + e.getMessage())));
    }

    public ObjectProperty<String> dialectProperty() { return dialect; }

    public ReadOnlyStringProperty textProperty() { return text; }

    public ReadOnlyStringProperty statusProperty() { return status; }
}

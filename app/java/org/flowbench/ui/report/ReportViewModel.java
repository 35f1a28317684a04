package org.flowbench.ui.report;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.flowbench.flowspec.dialect.Dialects;
import org.flowbench.report.ReportFormat;
import org.flowbench.report.ReportSpec;
import org.flowbench.report.RuleSource;
import org.flowbench.store.RuleSetKind;
import org.flowbench.report.Units;
import org.flowbench.store.DatasetInfo;
import org.flowbench.store.Incident;
import org.flowbench.task.BackgroundTask;
import org.flowbench.task.Nouns;
import org.flowbench.task.TaskHandle;
import org.flowbench.task.TaskRunner;
import org.flowbench.ui.common.TypedTime;
import org.flowbench.ui.explore.TimeRange;

/**
 * The Report area's state and commands: which datasets (the selected one by default), range,
 * incidents, rule files, dialect and formats; Generate runs as a cancellable background task
 * and lists the files written.
 */
public final class ReportViewModel {
    private final ReportServices services;
    private final TaskRunner runner;
    private final ObservableList<Choice<DatasetInfo>> datasets = FXCollections.observableArrayList();
    private final ObservableList<Choice<Incident>> incidents = FXCollections.observableArrayList();
    private final StringProperty from = new SimpleStringProperty(""), to = new SimpleStringProperty("");
    private final FollowedRange followedRange = new FollowedRange(from, to);
    private final ObjectProperty<Path> detectionRules = new SimpleObjectProperty<>(), flowspecRules = new SimpleObjectProperty<>();
    /** A saved rule set chosen instead of a file (null for none); choosing one clears the file, and back. */
    private final StringProperty savedDetection = new SimpleStringProperty(), savedFlowspec = new SimpleStringProperty();
    private final ObservableList<String> savedDetectionNames = FXCollections.observableArrayList(),
            savedFlowspecNames = FXCollections.observableArrayList();
    private final BooleanProperty rtbh = new SimpleBooleanProperty(true);
    private final StringProperty dialect = new SimpleStringProperty(ReportSpec.DEFAULT_DIALECT);
    private final BooleanProperty html = new SimpleBooleanProperty(true), pdf = new SimpleBooleanProperty(true),
            markdown = new SimpleBooleanProperty(false);
    private final ObjectProperty<Path> output = new SimpleObjectProperty<>(
            Path.of(System.getProperty("user.home"), "flowbench-report.html"));
    private final StringProperty title = new SimpleStringProperty("");
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private final ObservableList<Path> outputs = FXCollections.observableArrayList();
    private final ObjectProperty<DatasetInfo> selected;
    /** Whether the area is in front: incidents are read only then, not on every sidebar click. */
    private final BooleanProperty active = new SimpleBooleanProperty();
    private TaskHandle task;

    public ReportViewModel(ReportServices services, TaskRunner runner, ObservableList<DatasetInfo> all,
                           ObjectProperty<DatasetInfo> selected) {
        this.services = services;
        this.runner = runner;
        this.selected = selected;
        all.addListener((ListChangeListener<DatasetInfo>) c -> showDatasets(all));
        selected.addListener((obs, old, now) -> tickOnly(now));
        active.addListener((obs, old, now) -> {
            if (now) {
                loadIncidents();
                loadSavedRuleSets();
            }
        });
        exclusive(detectionRules, savedDetection);
        exclusive(flowspecRules, savedFlowspec);
        showDatasets(all);
    }

    /** Rebuilds the dataset checklist, keeping the ticks of datasets still listed. */
    private void showDatasets(List<DatasetInfo> all) {
        Set<Long> ticked = new HashSet<>(selectedDatasetIds());
        if (ticked.isEmpty() && selected.get() != null) ticked.add(selected.get().id());
        List<Choice<DatasetInfo>> choices = new ArrayList<>();
        for (DatasetInfo d : all) {
            Choice<DatasetInfo> c = new Choice<>(d, d.id() + "  " + d.name(), ticked.contains(d.id()));
            c.selectedProperty().addListener((obs, old, now) -> loadIncidents());
            choices.add(c);
        }
        datasets.setAll(choices);
        loadIncidents();
    }

    private void tickOnly(DatasetInfo dataset) {
        for (Choice<DatasetInfo> c : datasets) {
            boolean tick = dataset != null && c.value().id() == dataset.id();
            if (c.isSelected() != tick) c.selectedProperty().set(tick);
        }
    }

    public List<Long> selectedDatasetIds() {
        return datasets.stream().filter(Choice::isSelected).map(c -> c.value().id()).toList();
    }

    /** Lists the ticked datasets' incidents, every one ticked. */
    public void loadIncidents() {
        if (!active.get()) return;
        List<Long> ids = selectedDatasetIds();
        if (ids.isEmpty()) {
            incidents.clear();
            return;
        }
        runner.run(BackgroundTask.of("Load incidents", (p, c) -> services.incidents(ids))
                .onSuccess(list -> {
                    if (!ids.equals(selectedDatasetIds())) return; // the ticks changed meanwhile; a newer load follows
                    incidents.setAll(list.stream().map(i -> new Choice<>(i, label(i), true)).toList());
                })
                .onFailure(e -> status.set("Incidents could not be read: " + e.getMessage())));
    }

    private static void exclusive(ObjectProperty<Path> file, StringProperty saved) {
        file.addListener((obs, old, now) -> {
            if (now != null) saved.set(null);
        });
        saved.addListener((obs, old, now) -> {
            if (now != null && !now.isBlank()) file.set(null);
        });
    }

    /** Lists the rule sets saved in the workspace, for choosing one instead of a file. */
    public void loadSavedRuleSets() {
        runner.run(BackgroundTask.of("List saved rule sets", (p, c) -> List.of(
                        services.savedRuleSets(RuleSetKind.DETECTION), services.savedRuleSets(RuleSetKind.FLOWSPEC)))
                .onSuccess(lists -> {
                    savedDetectionNames.setAll(lists.get(0));
                    savedFlowspecNames.setAll(lists.get(1));
                })
                .onFailure(e -> status.set("Saved rule sets could not be read: " + e.getMessage())));
    }

    private static RuleSource source(ObjectProperty<Path> file, StringProperty saved) {
        return saved.get() != null && !saved.get().isBlank() ? RuleSource.saved(saved.get()) : RuleSource.file(file.get());
    }

    private static String label(Incident i) {
        return i.name() + " (" + i.kind().sqlName() + ", " + Units.time(i.start()) + ")";
    }

    /** Writes the report in each ticked format; the status says what is missing when it cannot start. */
    public void generate() {
        if (running.get()) return;
        Set<ReportFormat> formats = EnumSet.noneOf(ReportFormat.class);
        if (html.get()) formats.add(ReportFormat.HTML);
        if (pdf.get()) formats.add(ReportFormat.PDF);
        if (markdown.get()) formats.add(ReportFormat.MD);
        ReportSpec spec;
        try {
            if (!active.get()) throw new IllegalArgumentException("the incidents are not listed yet");
            if (formats.isEmpty()) throw new IllegalArgumentException("choose at least one format");
            if (output.get() == null) throw new IllegalArgumentException("choose where to write the report");
            List<Long> incidentIds = incidents.stream().filter(Choice::isSelected).map(c -> c.value().id()).toList();
            spec = new ReportSpec(selectedDatasetIds(), instant(from.get(), "From"), instant(to.get(), "To"), incidentIds,
                    source(detectionRules, savedDetection), source(flowspecRules, savedFlowspec), rtbh.get(), dialect.get(), title.get(), null,
                    ReportSpec.DEFAULT_TOP);
        } catch (IllegalArgumentException e) {
            status.set("Cannot generate: " + e.getMessage());
            return;
        }
        Path base = output.get();
        running.set(true);
        progress.set(0);
        outputs.clear();
        status.set("Generating...");
        task = runner.run(BackgroundTask.of("Generate report", (p, c) -> services.generate(spec, formats, base, p, c))
                .onProgress((done, total, message) -> {
                    if (total > 0) progress.set((double) done / total);
                    status.set(message);
                })
                .onSuccess(paths -> {
                    outputs.setAll(paths);
                    progress.set(1);
                    status.set("Written: " + Nouns.count(paths.size(), "file"));
                })
                .onCancelled(() -> status.set("Cancelled; nothing was written"))
                .onFailure(e -> status.set("Report failed: " + e.getMessage()))
                .onFinally(() -> running.set(false)));
    }

    public void cancel() {
        if (task != null) task.cancel();
    }

    /** Opens a written file in the desktop's viewer. */
    public void open(Path file) {
        try {
            DocumentOpener.open(file);
        } catch (RuntimeException e) {
            status.set("Cannot open " + file + ": " + e.getMessage());
        }
    }

    static Instant instant(String text, String field) {
        try {
            return TypedTime.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + ": " + e.getMessage(), e);
        }
    }

    public static List<String> dialectNames() { return Dialects.writableNames(); }

    public BooleanProperty activeProperty() { return active; }
    public ObservableList<Choice<DatasetInfo>> datasets() { return datasets; }
    public ObservableList<Choice<Incident>> incidents() { return incidents; }
    /** From and To follow this range (Explore's) until the user types a range of their own. */
    public void follow(ObservableValue<TimeRange> range) {
        followedRange.follow(range);
    }

    /** Says when From and To hold the followed range. */
    public ReadOnlyStringProperty rangeNoteProperty() { return followedRange.noteProperty(); }

    public StringProperty fromProperty() { return from; }
    public StringProperty toProperty() { return to; }
    public ObjectProperty<Path> detectionRulesProperty() { return detectionRules; }
    public ObjectProperty<Path> flowspecRulesProperty() { return flowspecRules; }
    public StringProperty savedDetectionProperty() { return savedDetection; }
    public StringProperty savedFlowspecProperty() { return savedFlowspec; }
    public ObservableList<String> savedDetectionNames() { return savedDetectionNames; }
    public ObservableList<String> savedFlowspecNames() { return savedFlowspecNames; }
    public BooleanProperty rtbhProperty() { return rtbh; }
    public StringProperty dialectProperty() { return dialect; }
    public BooleanProperty htmlProperty() { return html; }
    public BooleanProperty pdfProperty() { return pdf; }
    public BooleanProperty markdownProperty() { return markdown; }
    public ObjectProperty<Path> outputProperty() { return output; }
    public StringProperty titleProperty() { return title; }
    public ReadOnlyBooleanProperty runningProperty() { return running; }
    public DoubleProperty progressProperty() { return progress; }
    public StringProperty statusProperty() { return status; }
    public ObservableList<Path> outputs() { return outputs; }
}

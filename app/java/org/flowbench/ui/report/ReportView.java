package org.flowbench.ui.report;

import java.io.File;
import java.nio.file.Path;
import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.flowbench.ui.common.TypedTime;

/** The Report work area: what to include on the left, Generate and the files written on the right. */
public final class ReportView extends HBox {
    public ReportView(ReportViewModel model) {
        super(12);
        setId("report-area");
        setPadding(new Insets(10));
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        javafx.scene.layout.ColumnConstraints fields = new javafx.scene.layout.ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        form.getColumnConstraints().addAll(labels, fields);
        int row = 0;
        form.addRow(row++, label("Datasets"), checklist("report-datasets", model.datasets(), 110));
        TextField from = field("report-from", TypedTime.hint("blank: start of the data"));
        from.textProperty().bindBidirectional(model.fromProperty());
        TextField to = field("report-to", TypedTime.hint("blank: end of the data"));
        to.textProperty().bindBidirectional(model.toProperty());
        form.addRow(row++, label("From"), from);
        Label followed = new Label();
        followed.setId("report-range-note");
        followed.getStyleClass().addAll("text-muted", "text-small");
        followed.textProperty().bind(model.rangeNoteProperty());
        followed.managedProperty().bind(followed.textProperty().isNotEmpty());
        form.addRow(row++, label("To"), new VBox(2, to, followed));
        form.addRow(row++, label("Incidents"), checklist("report-incidents", model.incidents(), 110));
        form.addRow(row++, label("Detection rules"), new VBox(4,
                fileChoice("report-rules", model.detectionRulesProperty(), "*.json", "*.yaml", "*.yml"),
                savedChoice("report-rules-saved", model.savedDetectionNames(), model.savedDetectionProperty())));
        CheckBox rtbh = new CheckBox("Compare with RTBH of the victim");
        rtbh.setId("report-rtbh");
        rtbh.selectedProperty().bindBidirectional(model.rtbhProperty());
        form.addRow(row++, label("Flowspec rules"), new VBox(4, fileChoice("report-flowspec", model.flowspecRulesProperty(), "*"),
                savedChoice("report-flowspec-saved", model.savedFlowspecNames(), model.savedFlowspecProperty()), rtbh));
        ComboBox<String> dialect = new ComboBox<>(FXCollections.observableArrayList(ReportViewModel.dialectNames()));
        dialect.setId("report-dialect");
        dialect.valueProperty().bindBidirectional(model.dialectProperty());
        form.addRow(row++, label("Router syntax"), dialect);
        TextField title = field("report-title", "Traffic incident post-mortem");
        title.textProperty().bindBidirectional(model.titleProperty());
        form.addRow(row++, label("Title"), title);
        form.addRow(row++, label("Formats"), new HBox(10, check("HTML", "report-html", model.htmlProperty()),
                check("PDF", "report-pdf", model.pdfProperty()), check("Markdown", "report-md", model.markdownProperty())));
        form.addRow(row, label("Write to"), output(model));
        ScrollPane left = new ScrollPane(form);
        left.setFitToWidth(true);
        left.setMinWidth(420);
        left.setPrefWidth(620);
        HBox.setHgrow(left, Priority.ALWAYS);
        getChildren().addAll(left, actions(model));
    }

    private static VBox actions(ReportViewModel model) {
        Button generate = new Button("Generate");
        generate.setId("report-generate");
        generate.setDefaultButton(true);
        generate.disableProperty().bind(model.runningProperty());
        generate.setOnAction(e -> model.generate());
        Button cancel = new Button("Cancel");
        cancel.setId("report-cancel");
        cancel.disableProperty().bind(model.runningProperty().not());
        cancel.setOnAction(e -> model.cancel());
        ProgressBar progress = new ProgressBar();
        progress.setId("report-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.runningProperty());
        Label status = new Label();
        status.setId("report-status");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        ListView<Path> outputs = new ListView<>(model.outputs());
        outputs.setId("report-outputs");
        // the file name; the whole path in a tooltip and in the folder line below
        outputs.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Path item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.getFileName().toString());
                setTooltip(empty || item == null ? null : new javafx.scene.control.Tooltip(item.toString()));
            }
        });
        Label folder = new Label();
        folder.setId("report-folder");
        folder.setWrapText(true);
        folder.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> model.outputs().isEmpty()
                ? "" : "in " + model.outputs().get(0).toAbsolutePath().getParent(), model.outputs()));
        VBox.setVgrow(outputs, Priority.ALWAYS);
        Button open = new Button("Open");
        open.setId("report-open");
        open.disableProperty().bind(outputs.getSelectionModel().selectedItemProperty().isNull());
        open.setOnAction(e -> model.open(outputs.getSelectionModel().getSelectedItem()));
        model.outputs().addListener((javafx.collections.ListChangeListener<Path>) c -> {
            if (!model.outputs().isEmpty()) outputs.getSelectionModel().select(0);
        });
        HBox buttons = new HBox(8, generate, cancel);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(8, buttons, progress, status, new Label("Files written"), outputs, folder, open);
        box.setPrefWidth(360);
        box.setMinWidth(280);
        return box;
    }

    private static HBox output(ReportViewModel model) {
        TextField path = field("report-output", "where to write");
        path.setText(model.outputProperty().get() == null ? "" : model.outputProperty().get().toString());
        path.textProperty().addListener((obs, old, now) -> model.outputProperty().set(now.isBlank() ? null : Path.of(now.strip())));
        Button choose = new Button("Choose...");
        choose.setId("report-output-choose");
        choose.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Write the report to");
            chooser.setInitialFileName("flowbench-report.html");
            File f = chooser.showSaveDialog(choose.getScene().getWindow());
            if (f != null) path.setText(f.getPath());
        });
        HBox.setHgrow(path, Priority.ALWAYS);
        return new HBox(6, path, choose);
    }

    /** Or a rule set saved in the workspace; the blank first entry means none. */
    private static HBox savedChoice(String id, javafx.collections.ObservableList<String> names,
                                    javafx.beans.property.StringProperty chosen) {
        ComboBox<String> box = new ComboBox<>(names);
        box.setId(id);
        box.setPromptText("or a set saved in the workspace");
        box.valueProperty().bindBidirectional(chosen);
        Button clear = new Button("Clear");
        clear.setId(id + "-clear");
        clear.disableProperty().bind(chosen.isNull());
        clear.setOnAction(e -> chosen.set(null));
        HBox row = new HBox(6, box, clear);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static HBox fileChoice(String id, ObjectProperty<Path> file, String... pattern) {
        Label shown = new Label();
        shown.setId(id + "-file");
        shown.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> file.get() == null ? "none" : file.get().getFileName().toString(), file));
        Button choose = new Button("Choose...");
        choose.setId(id + "-choose");
        choose.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Rule files", pattern));
            File f = chooser.showOpenDialog(choose.getScene().getWindow());
            if (f != null) file.set(f.toPath());
        });
        Button clear = new Button("Clear");
        clear.setId(id + "-clear");
        clear.disableProperty().bind(file.isNull());
        clear.setOnAction(e -> file.set(null));
        HBox box = new HBox(6, choose, clear, shown);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static <T> ListView<Choice<T>> checklist(String id, javafx.collections.ObservableList<Choice<T>> items, double height) {
        ListView<Choice<T>> list = new ListView<>(items);
        list.setId(id);
        list.setPrefHeight(height);
        list.setCellFactory(CheckBoxListCell.forListView(Choice::selectedProperty));
        return list;
    }

    private static CheckBox check(String text, String id, javafx.beans.property.BooleanProperty value) {
        CheckBox box = new CheckBox(text);
        box.setId(id);
        box.selectedProperty().bindBidirectional(value);
        return box;
    }

    private static TextField field(String id, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        return f;
    }

    private static Node label(String text) {
        Label l = new Label(text);
        l.setMinWidth(Label.USE_PREF_SIZE);
        return l;
    }
}

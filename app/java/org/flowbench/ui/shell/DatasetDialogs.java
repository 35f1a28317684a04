package org.flowbench.ui.shell;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.flowbench.query.DatasetExport;
import org.flowbench.store.DatasetInfo;
import org.flowbench.ui.common.Formats;
import org.flowbench.ui.datasets.DatasetActionsViewModel;
import org.flowbench.ui.datasets.DatasetActionsViewModel.ExportRequest;
import org.flowbench.ui.explore.TimeRange;

/** The dialogs of the dataset commands; the work itself is {@link DatasetActionsViewModel}'s. */
public final class DatasetDialogs {
    private final Window owner;
    private final DatasetActionsViewModel actions;

    public DatasetDialogs(Window owner, DatasetActionsViewModel actions) {
        this.owner = owner;
        this.actions = actions;
    }

    public void rename(DatasetInfo dataset) {
        TextInputDialog dialog = new TextInputDialog(dataset.name());
        dialog.initOwner(owner);
        dialog.setTitle("Rename dataset");
        dialog.setHeaderText("New name for dataset " + dataset.id());
        dialog.showAndWait().filter(name -> !name.isBlank() && !name.equals(dataset.name()))
                .ifPresent(name -> actions.rename(dataset, name));
    }

    public void delete(DatasetInfo dataset) {
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, null, ButtonType.CANCEL, ButtonType.OK);
        confirm.initOwner(owner);
        confirm.setTitle("Delete dataset");
        confirm.setHeaderText("Delete " + dataset.name() + "?");
        confirm.setContentText(Formats.count(dataset.rows()) + " rows, its rollups and incidents are removed; the "
                + "workspace is then compacted to give the space back. This cannot be undone.");
        confirm.showAndWait().filter(ButtonType.OK::equals).ifPresent(ok -> actions.delete(dataset));
    }

    public void export(DatasetInfo dataset) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Export dataset");
        dialog.setHeaderText("Export " + dataset.name() + " (or a filtered range of it)");
        ChoiceBox<DatasetExport.Format> format = new ChoiceBox<>();
        format.getItems().setAll(DatasetExport.Format.values());
        format.setValue(DatasetExport.Format.PARQUET);
        TextField file = new TextField();
        HBox.setHgrow(file, Priority.ALWAYS);
        Button browse = new Button("Browse...");
        browse.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            String ext = format.getValue() == DatasetExport.Format.CSV ? "csv" : "parquet";
            chooser.setInitialFileName(dataset.name().replaceAll("[^A-Za-z0-9._-]", "_") + "." + ext);
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(ext.toUpperCase(), "*." + ext));
            File f = chooser.showSaveDialog(owner);
            if (f != null) file.setText(f.getAbsolutePath());
        });
        TextField from = new TextField(TimeRange.format(dataset.firstTs()));
        TextField to = new TextField(dataset.lastTs() == null ? "" : TimeRange.format(dataset.lastTs().plusSeconds(1)));
        TextField filter = new TextField();
        filter.setPromptText("e.g. proto = UDP AND src_port = 123 (blank: every row)");
        Label problem = new Label();
        problem.getStyleClass().add("danger");
        problem.setWrapText(true);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(8));
        grid.addRow(0, new Label("Format"), format);
        grid.addRow(1, new Label("File"), new HBox(6, file, browse));
        grid.addRow(2, new Label("From (" + Formats.zoneLabel() + ")"), from);
        grid.addRow(3, new Label("To, exclusive"), to);
        grid.addRow(4, new Label("Filter"), filter);
        grid.add(problem, 0, 5, 2, 1);
        grid.setPrefWidth(600);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.CANCEL, ButtonType.OK);
        // Keep the dialog open while the request does not hold; the problem shows under the fields.
        dialog.getDialogPane().lookupButton(ButtonType.OK).addEventFilter(ActionEvent.ACTION, e -> {
            Path out = file.getText().isBlank() ? null : Path.of(file.getText().strip());
            Optional<String> wrong = actions.export(new ExportRequest(dataset, out, format.getValue(), from.getText(),
                    to.getText(), filter.getText()));
            wrong.ifPresent(text -> {
                problem.setText(text);
                e.consume();
            });
        });
        dialog.showAndWait();
    }

    public void importTable() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import a flow table");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Parquet or CSV flow tables", "*.parquet", "*.csv", "*.csv.gz"),
                new FileChooser.ExtensionFilter("All files", "*"));
        File table = chooser.showOpenDialog(owner);
        if (table == null) return;
        String fromFile = "column mapping from a JSON file...";
        ChoiceDialog<String> preset = new ChoiceDialog<>("akvorado", List.of("akvorado", "nfdump", fromFile));
        preset.initOwner(owner);
        preset.setTitle("Column mapping");
        preset.setHeaderText("Which columns hold what in " + table.getName() + "?");
        preset.setContentText("akvorado: ClickHouse SELECT ... FORMAT Parquet; nfdump: -o csv");
        Optional<String> chosen = preset.showAndWait();
        if (chosen.isEmpty()) return;
        String mapping = chosen.get();
        if (mapping.equals(fromFile)) {
            FileChooser json = new FileChooser();
            json.getExtensionFilters().add(new FileChooser.ExtensionFilter("JSON column mapping", "*.json"));
            File f = json.showOpenDialog(owner);
            if (f == null) return;
            mapping = f.getAbsolutePath();
        }
        actions.importTable(table.toPath(), mapping);
    }
}

package org.flowbench.ui.detect;

import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.flowbench.detect.Suggestion;
import org.flowbench.ui.common.Formats;

/** Baselines and suggested thresholds per key, for the scope of a chosen rule. */
final class SuggestionsPane extends BorderPane {
    SuggestionsPane(DetectViewModel model) {
        SuggestionsViewModel vm = model.suggestions();
        ComboBox<String> rule = new ComboBox<>(vm.ruleNames());
        rule.setId("suggest-rule");
        rule.valueProperty().bindBidirectional(vm.ruleProperty());
        Spinner<Double> margin = new Spinner<>(1.0, 20.0, vm.marginProperty().get(), 0.5);
        margin.setPrefWidth(80);
        margin.valueProperty().addListener((obs, old, now) -> vm.marginProperty().set(now));
        Button run = new Button("Suggest");
        run.setId("suggest-run");
        run.setOnAction(e -> model.suggest());
        Label summary = new Label();
        summary.getStyleClass().add("text-muted");
        summary.textProperty().bind(vm.summaryProperty());
        HBox controls = new HBox(8, new Label("Scope of rule"), rule, new Label("margin x"), margin, run, summary);
        controls.setAlignment(Pos.CENTER_LEFT);
        controls.setPadding(new Insets(8, 10, 8, 10));

        TableView<Suggestion> table = new TableView<>(vm.suggestions());
        table.setId("suggest-table");
        table.setPlaceholder(new Label("No baselines yet"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Key", s -> s.key().display()));
        table.getColumns().add(column("Quiet windows", s -> Formats.count(s.quietWindows())));
        table.getColumns().add(column("pps p95", s -> Formats.si(s.pps().p95())));
        table.getColumns().add(column("pps max", s -> Formats.si(s.pps().max())));
        table.getColumns().add(column("Suggested pps", s -> Formats.si(s.suggestedPps()) + margin(s.ppsMargin())));
        table.getColumns().add(column("bps p95", s -> Formats.si(s.bps().p95())));
        table.getColumns().add(column("bps max", s -> Formats.si(s.bps().max())));
        table.getColumns().add(column("Suggested bps", s -> Formats.si(s.suggestedBps()) + margin(s.bpsMargin())));
        setTop(controls);
        setCenter(table);
    }

    private static String margin(double m) {
        return Double.isFinite(m) ? String.format(Locale.ROOT, "  (x%.1f)", m) : "";
    }

    private static TableColumn<Suggestion, String> column(String title, Function<Suggestion, String> text) {
        TableColumn<Suggestion, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        return c;
    }
}

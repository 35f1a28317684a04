package org.flowbench.ui.mitigate;

import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/** The rule editor: dialect, text, problems by rule and the RFC 8955 evaluation order. */
final class RulesPane extends VBox {
    /** Long enough not to parse on every key, short enough to feel live. */
    private static final Duration DEBOUNCE = Duration.millis(300);

    RulesPane(RulesViewModel model) {
        this(model, null);
    }

    /** @param actions a row under the header (saving and opening rule sets), or null */
    RulesPane(RulesViewModel model, javafx.scene.Node actions) {
        super(6);
        setPadding(new Insets(8));
        ComboBox<String> dialect = new ComboBox<>(FXCollections.observableArrayList(RulesViewModel.dialectNames()));
        dialect.setId("rules-dialect");
        dialect.valueProperty().bindBidirectional(model.dialectProperty());
        Label summary = new Label();
        summary.setId("rules-summary");
        summary.textProperty().bind(model.summaryProperty());
        Label title = new Label("Rules");
        title.getStyleClass().add("area-title");
        HBox header = new HBox(8, title, new Label("Dialect"), dialect, summary);
        header.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        TextArea editor = new TextArea();
        editor.setId("rules-editor");
        editor.setStyle("-fx-font-family: monospace;");
        editor.setPromptText("Flowspec rules in the chosen dialect, or generate them on the right");
        editor.textProperty().bindBidirectional(model.textProperty());
        PauseTransition pause = new PauseTransition(DEBOUNCE);
        pause.setOnFinished(e -> model.validate());
        editor.textProperty().addListener((obs, old, now) -> {
            if (editor.isFocused()) pause.playFromStart();
        });
        VBox.setVgrow(editor, Priority.ALWAYS);

        TableView<ProblemRow> problems = new TableView<>(model.problems());
        problems.setId("rules-problems");
        problems.getColumns().add(column("Rule", 70, ProblemRow::rule));
        problems.getColumns().add(column("Severity", 90, ProblemRow::severity));
        problems.getColumns().add(column("Problem", 420, ProblemRow::message));
        problems.getColumns().get(0).setMinWidth(70); // "Rule" and "Severity" whole, the problem takes the rest
        problems.getColumns().get(1).setMinWidth(90);
        problems.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        problems.setPlaceholder(new Label("No problems"));
        problems.setPrefHeight(120);

        ListView<String> order = new ListView<>(model.order());
        order.setId("rules-order");
        order.setPrefHeight(110);
        order.setPlaceholder(new Label("No rules"));
        getChildren().add(header);
        if (actions != null) getChildren().add(actions);
        getChildren().addAll(editor, new Label("Problems"), problems,
                new Label("Evaluation order (RFC 8955 section 5.1)"), order);
    }

    static <R> TableColumn<R, String> column(String title, double width, java.util.function.Function<R, String> value) {
        TableColumn<R, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }
}

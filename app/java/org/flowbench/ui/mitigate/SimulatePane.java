package org.flowbench.ui.mitigate;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.jfree.chart.fx.ChartViewer;

/** Runs the editor's rules over the dataset: totals beside RTBH, per-rule table, before/after chart. */
final class SimulatePane extends VBox {
    private final BeforeAfterChart chart = new BeforeAfterChart();

    SimulatePane(SimulateViewModel model, javafx.beans.property.StringProperty legitFilter) {
        super(6);
        setPadding(new Insets(8));
        Button run = new Button("Simulate");
        run.setId("simulate-button");
        run.disableProperty().bind(model.runningProperty());
        run.setOnAction(e -> model.simulate());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(model.runningProperty());
        Label status = new Label();
        status.setId("simulate-status");
        status.textProperty().bind(model.statusProperty());
        // a short prompt: the field's width cut the longer one at 1280 px; the tooltip says it all
        javafx.scene.control.TextField legit = GeneratePane.field("legit-filter", legitFilter, "filter; blank: incidents");
        legit.setTooltip(new javafx.scene.control.Tooltip("The traffic this filter matches is legitimate, the rest is attack."
                + " Left blank, the dataset's attack incidents tell them apart: what each one's filter (or victim) selects"
                + " in its time range is attack, everything else legitimate."));
        HBox.setHgrow(legit, Priority.ALWAYS);
        Label legitLabel = new Label("Legitimate");
        run.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        legitLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.control.CheckBox follow = new javafx.scene.control.CheckBox("Update as I edit");
        follow.setId("simulate-follow-edits");
        follow.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        follow.setTooltip(new javafx.scene.control.Tooltip("After the first Simulate, each rule edit that parses runs again"));
        follow.selectedProperty().bindBidirectional(model.followEditsProperty());
        HBox top = new HBox(8, run, busy, follow, legitLabel, legit);
        top.setAlignment(Pos.CENTER_LEFT);

        Label summary = new Label();
        summary.setId("simulate-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(model.summaryProperty());
        Label note = new Label();
        note.setId("estimate-note");
        note.setWrapText(true);
        note.getStyleClass().add("estimate-note");
        note.textProperty().bind(model.noteProperty());
        note.visibleProperty().bind(model.noteProperty().isNotEmpty());
        note.managedProperty().bind(note.visibleProperty());

        TableView<ImpactRow> totals = ImpactTable.of("impact-totals", model.totals(), "Set", "The whole set, and an RTBH of the victim to compare");
        // Header, the set and the RTBH row, without a vertical scroll bar.
        totals.setPrefHeight(130);
        totals.setMinHeight(130);
        TableView<ImpactRow> rules = ImpactTable.of("impact-rules", model.rules(), "Rule", "Rules in evaluation order (RFC 8955 section 5.1)");
        rules.setPrefHeight(130);
        ChartViewer viewer = new ChartViewer(chart.chart(), false);
        viewer.setId("before-after-chart");
        viewer.setMinHeight(180);
        VBox.setVgrow(viewer, Priority.ALWAYS);
        model.focus().addListener((ListChangeListener<Object>) c -> chart.setSamples(model.focus()));
        getChildren().addAll(top, status, summary, note, totals, rules, viewer);
    }

    int chartPoints() { return chart.pointCount(); }
}

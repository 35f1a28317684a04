package org.flowbench.ui.live;

import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.flowbench.ingest.live.ExporterCounters;
import org.flowbench.ui.common.Icons;
import org.flowbench.ui.datasets.StatusBadge;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/** The Live panel: header with start and stop; settings and session counters on the left; chart and exporters. */
public final class LiveView extends BorderPane {
    private final LiveChartView chart;

    public LiveView(LiveViewModel model, ObservableBooleanValue darkTheme) {
        setId("live-view");
        getStyleClass().add("live-view");
        chart = new LiveChartView(model, darkTheme);
        TableView<ExporterCounters> exporters = LiveTables.exporters(model);
        BorderPane exportersBox = new BorderPane(exporters);
        exportersBox.setPadding(new Insets(8, 12, 8, 12));
        SplitPane work = new SplitPane(chart, exportersBox);
        work.setOrientation(Orientation.VERTICAL);
        work.setDividerPositions(0.62);
        setTop(header(model));
        setLeft(new LiveSetupView(model, LiveTables.session(model)));
        setCenter(work);
    }

    private static HBox header(LiveViewModel model) {
        Label title = new Label("Live");
        title.getStyleClass().add("title-4");
        title.setMinWidth(Region.USE_PREF_SIZE);
        StatusBadge badge = new StatusBadge();
        badge.statusProperty().bind(model.statusProperty());
        Label headline = new Label();
        headline.setId("live-headline");
        headline.getStyleClass().add("text-muted");
        headline.textProperty().bind(model.headlineProperty());
        Tooltip full = new Tooltip();
        full.textProperty().bind(model.headlineProperty());
        headline.setTooltip(full);
        headline.setMinWidth(0);
        HBox.setHgrow(headline, Priority.ALWAYS);

        Button start = new Button("Start", Icons.of(MaterialDesignP.PLAY));
        start.setId("live-start");
        start.getStyleClass().add("accent");
        start.setDefaultButton(false);
        start.disableProperty().bind(model.canStartProperty().not());
        start.setOnAction(e -> model.start());
        Button stop = new Button("Stop", Icons.of(MaterialDesignS.STOP));
        stop.setId("live-stop");
        stop.getStyleClass().add("danger");
        stop.disableProperty().bind(model.phaseProperty().isNotEqualTo(LiveViewModel.Phase.RUNNING));
        stop.setOnAction(e -> model.stop());
        start.setMinWidth(Region.USE_PREF_SIZE);
        stop.setMinWidth(Region.USE_PREF_SIZE);

        HBox header = new HBox(10, title, badge, headline, start, stop);
        header.getStyleClass().add("live-header");
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(8, 12, 8, 12));
        return header;
    }

    /** Points the chart currently draws (tests read this). */
    public int pointCount() { return chart.pointCount(); }
}

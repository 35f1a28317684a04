package org.flowbench.ui.live;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.flowbench.ui.explore.Counter;

/** The session's settings (collector or capture, options, dataset name), its errors and its counters. */
final class LiveSetupView extends ScrollPane {
    LiveSetupView(LiveViewModel model, TableView<Counter> counters) {
        getStyleClass().add("live-setup");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        setPrefWidth(300);
        setMinWidth(260);

        ToggleGroup group = new ToggleGroup();
        ToggleButton collector = toggle(LiveMode.COLLECTOR, group, Styles.LEFT_PILL, "live-mode-collector");
        ToggleButton capture = toggle(LiveMode.CAPTURE, group, Styles.RIGHT_PILL, "live-mode-capture");
        group.selectToggle(model.modeProperty().get() == LiveMode.COLLECTOR ? collector : capture);
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                group.selectToggle(old); // one of the two is always chosen
            } else {
                model.modeProperty().set((LiveMode) now.getUserData());
            }
        });
        model.modeProperty().addListener((obs, old, now) -> group.selectToggle(now == LiveMode.COLLECTOR ? collector : capture));
        HBox modes = new HBox(collector, capture);
        for (ToggleButton b : new ToggleButton[] {collector, capture}) {
            b.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(b, Priority.ALWAYS);
        }

        CollectorSetupView collectorView = new CollectorSetupView(model.collector());
        CaptureSetupView captureView = new CaptureSetupView(model.capture());
        collectorView.visibleProperty().bind(model.modeProperty().isEqualTo(LiveMode.COLLECTOR));
        collectorView.managedProperty().bind(collectorView.visibleProperty());
        captureView.visibleProperty().bind(model.modeProperty().isEqualTo(LiveMode.CAPTURE));
        captureView.managedProperty().bind(captureView.visibleProperty());

        TextField name = new TextField();
        name.setId("live-dataset-name");
        name.setPromptText("live and the start time");
        name.textProperty().bindBidirectional(model.datasetNameProperty());

        Label error = LiveLabels.message("live-error", model.errorProperty(), Styles.DANGER);

        VBox settings = new VBox(8, LiveLabels.heading("Source"), modes, collectorView, captureView,
                LiveLabels.heading("Dataset name"), name);
        settings.disableProperty().bind(model.phaseProperty().isNotEqualTo(LiveViewModel.Phase.IDLE));
        // the error stays outside the disabled form, readable while a session runs
        counters.setPrefHeight(240);
        counters.setMinHeight(Region.USE_PREF_SIZE);
        VBox content = new VBox(10, settings, error, counters);
        content.setPadding(new Insets(8, 10, 10, 12));
        setContent(content);
    }

    private static ToggleButton toggle(LiveMode mode, ToggleGroup group, String pill, String id) {
        ToggleButton button = new ToggleButton(mode.label());
        button.setId(id);
        button.setUserData(mode);
        button.setToggleGroup(group);
        button.getStyleClass().add(pill);
        return button;
    }
}

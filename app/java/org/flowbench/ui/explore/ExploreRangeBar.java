package org.flowbench.ui.explore;

import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.flowbench.query.SeriesResult;
import org.flowbench.store.DatasetInfo;
import org.flowbench.ui.common.Formats;
import org.flowbench.ui.explore.ExploreRangeNavigator.Preset;

/**
 * Explore's range row: back/forward, the quick ranges, the typed from/to, the busy sign, and the
 * actions on what is shown (mark an incident, mitigate).
 */
final class ExploreRangeBar extends HBox {
    private static final String CUSTOM_RANGE = "Custom";

    /**
     * @param selectedRow  the table's selected series, which "Mitigate..." takes (null for the top one)
     * @param markIncident what "Mark incident..." does
     */
    ExploreRangeBar(ExploreViewModel model, Supplier<SeriesRow> selectedRow, Runnable markIncident) {
        super(6);
        ExploreRangeNavigator range = model.range();
        ComboBox<Preset> presets = presets(model);
        TextField from = new TextField();
        TextField to = new TextField();
        from.setId("explore-from");
        to.setId("explore-to");
        from.setPrefColumnCount(12);
        to.setPrefColumnCount(12);
        from.setMinWidth(Region.USE_PREF_SIZE);
        to.setMinWidth(Region.USE_PREF_SIZE);
        from.setPromptText("from (" + Formats.zoneLabel() + ")");
        to.setPromptText("to (" + Formats.zoneLabel() + ")");
        Runnable showRange = () -> {
            SeriesResult r = model.resultProperty().get();
            TimeRange shown = range.rangeProperty().get();
            from.setText(TimeRange.format(shown.from() != null ? shown.from() : r != null ? r.grid().from() : null));
            to.setText(TimeRange.format(shown.to() != null ? shown.to() : r != null ? r.grid().to() : null));
        };
        range.rangeProperty().addListener((obs, old, now) -> showRange.run());
        model.resultProperty().addListener((obs, old, now) -> showRange.run());
        Button go = FixedWidth.of(new Button("Go"));
        go.setOnAction(e -> range.typedRange(from.getText(), to.getText()));
        from.setOnAction(go.getOnAction());
        to.setOnAction(go.getOnAction());
        Button back = new Button("\u2190");
        back.setId("explore-back");
        back.setTooltip(new Tooltip("Previous range"));
        back.disableProperty().bind(range.canGoBackProperty().not());
        back.setOnAction(e -> range.back());
        Button forward = new Button("\u2192");
        forward.setId("explore-forward");
        forward.setTooltip(new Tooltip("Next range"));
        forward.disableProperty().bind(range.canGoForwardProperty().not());
        forward.setOnAction(e -> range.forward());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        ProgressIndicator busy = new ProgressIndicator();
        busy.setId("explore-busy");
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(model.loadingProperty());
        busy.managedProperty().bind(busy.visibleProperty()); // the gap before it takes its place
        Button mitigate = FixedWidth.of(new Button("Mitigate..."));
        mitigate.setId("explore-mitigate");
        mitigate.setTooltip(new Tooltip("Generate Flowspec rules for the selected (or top) destination over this range"));
        mitigate.setOnAction(e -> model.mitigation().mitigate(selectedRow.get()));
        Button mark = FixedWidth.of(new Button("Mark incident..."));
        mark.setId("explore-mark-incident");
        mark.setTooltip(new Tooltip("Label this range and filter as an attack or benign traffic for Detect's score"));
        mark.disableProperty().bind(Bindings.isEmpty(model.datasets()));
        mark.setOnAction(e -> markIncident.run());
        getChildren().addAll(back, forward, presets, from, FixedWidth.of(new Label("to")), to, go, gap, busy, mark, mitigate);
        setAlignment(Pos.CENTER_LEFT);
    }

    /** The quick ranges, naming the range shown whoever set it ("Custom" when none fits). */
    private static ComboBox<Preset> presets(ExploreViewModel model) {
        ExploreRangeNavigator range = model.range();
        ComboBox<Preset> presets = new ComboBox<>();
        presets.setId("explore-preset");
        presets.getItems().setAll(Preset.values());
        presets.setPromptText(CUSTOM_RANGE);
        presets.setTooltip(new Tooltip("Quick ranges; \"" + CUSTOM_RANGE + "\" when the range was typed, zoomed or shifted"));
        presets.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(Preset item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? CUSTOM_RANGE : item.toString());
            }
        });
        boolean[] following = {false};
        presets.setOnAction(e -> {
            if (!following[0] && presets.getValue() != null) range.preset(presets.getValue());
        });
        // the chooser names the range shown, whoever set it; setting it here must not go there again
        Runnable showPreset = () -> {
            following[0] = true;
            presets.setValue(range.presetShown().orElse(null));
            following[0] = false;
        };
        range.rangeProperty().addListener((obs, old, now) -> showPreset.run());
        model.datasets().addListener((ListChangeListener<DatasetInfo>) c -> showPreset.run());
        showPreset.run();
        presets.setPrefWidth(130);
        return FixedWidth.of(presets);
    }
}

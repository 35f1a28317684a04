package org.flowbench.ui.live;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.flowbench.ui.common.Icons;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/** Where the collector listens and which exporters it accepts. */
final class CollectorSetupView extends VBox {
    CollectorSetupView(CollectorSetupViewModel model) {
        super(8);
        TextField listen = new TextField();
        listen.setId("live-listen");
        listen.setPromptText(CollectorSetupViewModel.DEFAULT_LISTEN);
        listen.textProperty().bindBidirectional(model.listenProperty());
        listen.setTooltip(new Tooltip("Addresses and UDP ports, separated by commas: 127.0.0.1:2055, [::1]:6343."
                + "\nLoopback only by default; 0.0.0.0:2055 accepts exporters from the network."));
        Label listenError = LiveLabels.message("live-listen-error", model.listenErrorProperty(), Styles.DANGER);
        Label exposure = LiveLabels.message("live-exposure-note", model.exposureNoteProperty(), Styles.WARNING);

        ListView<String> allowlist = new ListView<>(model.allowlist());
        allowlist.setId("live-allowlist");
        allowlist.getStyleClass().addAll(Styles.DENSE, Styles.BORDERED);
        allowlist.setPrefHeight(76);
        Label everyone = new Label("Any exporter is accepted");
        everyone.getStyleClass().add(Styles.TEXT_MUTED);
        allowlist.setPlaceholder(everyone);

        TextField entry = new TextField();
        entry.setId("live-allow-entry");
        entry.setPromptText("192.0.2.7 or 10.0.0.0/8");
        entry.textProperty().bindBidirectional(model.allowEntryProperty());
        entry.setOnAction(e -> model.addAllowEntry());
        HBox.setHgrow(entry, Priority.ALWAYS);
        Button add = new Button(null, Icons.of(MaterialDesignP.PLUS));
        add.setId("live-allow-add");
        add.setTooltip(new Tooltip("Accept this exporter address or prefix"));
        add.disableProperty().bind(model.allowEntryProperty().isEmpty());
        add.setOnAction(e -> model.addAllowEntry());
        Button remove = new Button(null, Icons.of(MaterialDesignM.MINUS));
        remove.setId("live-allow-remove");
        remove.setTooltip(new Tooltip("Remove the selected entry"));
        remove.disableProperty().bind(allowlist.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> model.removeAllowEntry(allowlist.getSelectionModel().getSelectedItem()));
        HBox editor = new HBox(4, entry, add, remove);
        Label allowError = LiveLabels.message("live-allow-error", model.allowErrorProperty(), Styles.DANGER);

        getChildren().addAll(LiveLabels.heading("Listen on"), listen, listenError, exposure,
                LiveLabels.heading("Accept exporters from"), allowlist, editor, allowError);
    }
}

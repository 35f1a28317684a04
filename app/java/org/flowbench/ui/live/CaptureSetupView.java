package org.flowbench.ui.live;

import atlantafx.base.theme.Styles;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.flowbench.ingest.live.CaptureInterface;

/** Which interface to capture and the capture filter; or, without libpcap, what to install. */
final class CaptureSetupView extends VBox {
    CaptureSetupView(CaptureSetupViewModel model) {
        super(8);
        ComboBox<CaptureInterface> interfaces = new ComboBox<>(model.interfaces());
        interfaces.setId("live-interface");
        interfaces.setMaxWidth(Double.MAX_VALUE);
        interfaces.valueProperty().bindBidirectional(model.selectedProperty());
        interfaces.setConverter(new StringConverter<>() {
            @Override
            public String toString(CaptureInterface i) {
                if (i == null) return "";
                String addresses = i.addresses().isEmpty() ? "" : "  " + String.join(", ", i.addresses());
                return i.name() + (i.up() ? "" : " (down)") + addresses;
            }

            @Override
            public CaptureInterface fromString(String text) {
                return null; // not editable
            }
        });
        interfaces.setPromptText("Looking for interfaces...");
        interfaces.disableProperty().bind(model.unavailableProperty().isNotEmpty());

        TextField bpf = new TextField();
        bpf.setId("live-bpf");
        bpf.setPromptText("udp port 53 or host 192.0.2.7");
        bpf.textProperty().bindBidirectional(model.bpfProperty());
        bpf.setTooltip(new Tooltip("A capture filter in tcpdump syntax; empty captures every packet"));
        bpf.disableProperty().bind(model.unavailableProperty().isNotEmpty());

        getChildren().addAll(LiveLabels.heading("Interface"), interfaces,
                LiveLabels.heading("Capture filter (BPF)"), bpf,
                LiveLabels.message("live-libpcap-missing", model.unavailableProperty(), Styles.WARNING));
    }
}

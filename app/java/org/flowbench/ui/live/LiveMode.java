package org.flowbench.ui.live;

/** What a Live session reads: flow exports sent to us over UDP, or the packets of an interface. */
public enum LiveMode {
    COLLECTOR("Flow collector"),
    CAPTURE("Interface capture");

    private final String label;

    LiveMode(String label) {
        this.label = label;
    }

    public String label() { return label; }
}

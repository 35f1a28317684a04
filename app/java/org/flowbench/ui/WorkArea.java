package org.flowbench.ui;

/** The work areas of the main window, one tab each. */
public enum WorkArea {
    EXPLORE("Explore"),
    DETECT("Detect"),
    LIVE("Live"),
    MITIGATE("Mitigate"),
    REPORT("Report");

    private final String title;

    WorkArea(String title) {
        this.title = title;
    }

    public String title() { return title; }
}

package org.flowbench.ui.report;

import java.nio.file.Path;
import javafx.application.HostServices;

/** Opens a written report with the desktop's viewer; the application installs HostServices at start. */
public final class DocumentOpener {
    private static volatile HostServices host;

    private DocumentOpener() {}

    public static void useHostServices(HostServices services) {
        host = services;
    }

    /** Whether a viewer can be asked (false in tests and when started without an Application). */
    public static boolean available() {
        return host != null;
    }

    public static void open(Path file) {
        HostServices h = host;
        if (h == null) throw new IllegalStateException("no desktop viewer is available to open " + file);
        h.showDocument(file.toUri().toString());
    }
}

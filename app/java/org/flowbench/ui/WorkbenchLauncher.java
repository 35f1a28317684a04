package org.flowbench.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;

/** Starts the JavaFX workbench; returns when its last window closed. */
public final class WorkbenchLauncher {
    static final String WORKSPACE = "workspace";
    static final String OPEN = "open";

    private WorkbenchLauncher() {}

    /**
     * @param workspace the workspace file, or null for the default one
     * @param openFile  a capture to import and show at once, or null
     */
    public static void launch(Path workspace, Path openFile) {
        List<String> args = new ArrayList<>();
        if (workspace != null) args.add("--" + WORKSPACE + "=" + workspace.toAbsolutePath());
        if (openFile != null) args.add("--" + OPEN + "=" + openFile.toAbsolutePath());
        Application.launch(WorkbenchApp.class, args.toArray(String[]::new));
    }
}

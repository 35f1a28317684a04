package org.flowbench.cli;

import java.nio.file.Path;
import org.flowbench.ui.WorkbenchLauncher;

/** Hands over to the JavaFX workbench. */
final class GuiStarter {
    private GuiStarter() {}

    /** Blocks until the window closes. */
    static void start(Path workspace, Path openFile) {
        WorkbenchLauncher.launch(workspace, openFile);
    }
}

package org.flowbench;

import org.flowbench.cli.FlowbenchCommand;

/**
 * Entry point. Not an {@code Application} subclass, so JavaFX starts from a plain classpath
 * without the "unsupported configuration" warning; with arguments it runs a CLI command.
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) {
        int exit = FlowbenchCommand.run(args);
        if (exit != FlowbenchCommand.GUI_STARTED) System.exit(exit);
    }
}

package org.flowbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import org.flowbench.store.Workspace;
import org.flowbench.store.WorkspaceException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Base of the {@code flowspec} subcommands that open a workspace. They sit one level below the
 * root, so the root's inherited {@code --workspace} is read through {@code spec.root()}.
 */
abstract class FlowspecWorkspaceCommand {
    @Spec CommandSpec spec;

    Path workspacePath() {
        Object root = spec.root().userObject();
        Path given = root instanceof FlowbenchCommand f ? f.workspace : null;
        return given != null ? given : Workspace.defaultPath();
    }

    PrintWriter out() { return spec.commandLine().getOut(); }

    PrintWriter err() { return spec.commandLine().getErr(); }

    String name() { return "flowbench flowspec " + spec.name(); }

    int fail(int code, String message) {
        err().println(name() + ": " + message);
        err().flush();
        return code;
    }

    int cannotOpen(WorkspaceException e) {
        return fail(e instanceof org.flowbench.store.WorkspaceLockedException ? Exit.WORKSPACE_BUSY : Exit.UNREADABLE,
                e.getMessage());
    }

    static Instant instant(String text, String option) {
        return TimeArgument.instant(text, option);
    }
}

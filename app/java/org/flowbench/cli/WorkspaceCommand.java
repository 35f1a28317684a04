package org.flowbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.flowbench.store.Workspace;
import org.flowbench.store.WorkspaceException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** What the data commands share: the root's {@code --workspace}, the writers, opening errors. */
abstract class WorkspaceCommand {
    @Spec CommandSpec spec;

    Path workspacePath() {
        // the root, not the parent: commands nested in a group (flowbench dataset delete) share --workspace
        FlowbenchCommand top = (FlowbenchCommand) spec.root().userObject();
        return top.workspace != null ? top.workspace : Workspace.defaultPath();
    }

    PrintWriter out() { return spec.commandLine().getOut(); }

    PrintWriter err() { return spec.commandLine().getErr(); }

    /**
     * Opens the workspace for writing and passes on what opening it repaired (an import cut short
     * marked partial, summaries built for an older file), so the user learns it before new data lands.
     */
    Workspace openForImport() throws WorkspaceException {
        Workspace ws = Workspace.open(workspacePath());
        for (String w : ws.warnings()) err().println("flowbench: " + w);
        return ws;
    }

    /** Prints why the workspace cannot be opened and returns the exit code for it. */
    int cannotOpen(WorkspaceException e) {
        err().println("flowbench: " + e.getMessage());
        err().flush();
        return e instanceof org.flowbench.store.WorkspaceLockedException ? Exit.WORKSPACE_BUSY : Exit.UNREADABLE;
    }
}

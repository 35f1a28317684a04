package org.flowbench.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.flowbench.store.DatasetInfo;
import org.flowbench.store.Workspace;
import org.flowbench.store.WorkspaceException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "rename", mixinStandardHelpOptions = true, description = "Gives a dataset a new name.")
final class DatasetRenameCommand extends WorkspaceCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DATASET", description = "Dataset id or name") String dataset;
    @Parameters(index = "1", paramLabel = "NAME", description = "The new name") String name;

    @Override
    public Integer call() throws Exception {
        if (name.isBlank()) {
            err().println("flowbench dataset rename: the new name is blank");
            return Exit.USAGE;
        }
        try (Workspace ws = Workspace.open(workspacePath())) {
            Optional<DatasetInfo> found = DatasetArgument.find(ws, dataset, err(), "flowbench dataset rename");
            if (found.isEmpty()) return Exit.UNREADABLE;
            ws.datasets().rename(found.get().id(), name);
            out().println("dataset " + found.get().id() + " is now '" + name.strip() + "'");
            return Exit.OK;
        } catch (WorkspaceException e) {
            return cannotOpen(e);
        }
    }
}

package org.flowbench.cli;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.flowbench.store.DatasetInfo;
import org.flowbench.store.Workspace;
import org.flowbench.store.WorkspaceCompactor;
import org.flowbench.store.WorkspaceException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "delete", mixinStandardHelpOptions = true,
        description = "Deletes datasets with their rows and incidents, then compacts the workspace file "
                + "so the disk space is given back.")
final class DatasetDeleteCommand extends WorkspaceCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "DATASET", description = "Dataset ids or names") List<String> datasets;

    @Option(names = "--no-compact", description = "Leave the file size as it is (faster; the space is reused later)")
    boolean noCompact;

    @Override
    public Integer call() throws Exception {
        try (Workspace ws = Workspace.open(workspacePath())) {
            for (String d : datasets) {
                Optional<DatasetInfo> found = DatasetArgument.find(ws, d, err(), "flowbench dataset delete");
                if (found.isEmpty()) return Exit.UNREADABLE;
                ws.datasets().delete(found.get().id());
                out().println("deleted dataset " + found.get().id() + " (" + found.get().name() + ")");
            }
        } catch (WorkspaceException e) {
            return cannotOpen(e);
        }
        if (!noCompact) {
            WorkspaceCompactor.Result r = WorkspaceCompactor.compact(workspacePath());
            out().printf("workspace compacted: %.1f MB -> %.1f MB%n", r.before() / 1e6, r.after() / 1e6);
        }
        return Exit.OK;
    }
}

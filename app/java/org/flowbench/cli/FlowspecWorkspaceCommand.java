package org.flowbench.cli;

import org.flowbench.filter.Filters;
import org.flowbench.flowspec.impact.TimeWindow;
import org.flowbench.flowspec.impact.TrafficSplit;
import org.flowbench.store.Workspace;
import org.flowbench.store.WorkspaceException;

/**
 * Base of the {@code flowspec} subcommands that open a workspace and weigh rules against one
 * dataset's traffic (simulate, generate). Unlike the data commands they prefix every message,
 * the workspace's too, with their own name.
 */
abstract class FlowspecWorkspaceCommand extends WorkspaceCommand {
    String name() { return spec.qualifiedName(); }

    int fail(int code, String message) {
        err().println(name() + ": " + message);
        err().flush();
        return code;
    }

    @Override
    int cannotOpen(WorkspaceException e) {
        return fail(e instanceof org.flowbench.store.WorkspaceLockedException ? Exit.WORKSPACE_BUSY : Exit.UNREADABLE,
                e.getMessage());
    }

    /** {@code --from} and {@code --to}; an open end is the dataset's. */
    static TimeWindow window(String from, String to) {
        return new TimeWindow(TimeArgument.instant(from, "--from"), TimeArgument.instant(to, "--to"));
    }

    /**
     * What counts as legitimate: the {@code --legit} filter when given, else everything outside the
     * dataset's attack incidents. Throws {@link org.flowbench.filter.FilterSyntaxException} for a bad filter.
     */
    static TrafficSplit split(Workspace ws, long datasetId, String legit) throws Exception {
        return legit != null ? TrafficSplit.legitimate(Filters.compile(legit))
                : TrafficSplit.fromIncidents(ws.incidents().forDataset(datasetId));
    }
}

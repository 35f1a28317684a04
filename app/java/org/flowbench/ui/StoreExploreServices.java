package org.flowbench.ui;

import java.util.List;
import org.flowbench.filter.DuckDbValueSource;
import org.flowbench.filter.ValueSource;
import org.flowbench.query.ExploreQuery;
import org.flowbench.query.QuerySpec;
import org.flowbench.query.SeriesResult;
import org.flowbench.store.Workspace;
import org.flowbench.store.WorkspaceException;
import org.flowbench.task.Cancellation;
import org.flowbench.ui.explore.ExploreServices;

/**
 * Explore over a real workspace. Keeps one value source (for the datasets last asked about), so
 * switching back and forth between filters does not reload completion values.
 */
public final class StoreExploreServices implements ExploreServices, AutoCloseable {
    private final Workspace workspace;
    private Workspace queries;
    private DuckDbValueSource values;
    private List<Long> valuesFor = List.of();

    public StoreExploreServices(Workspace workspace) {
        this.workspace = workspace;
    }

    /**
     * Explore asks on a connection of its own: DuckDB runs one statement per connection at a time,
     * so on the window's connection every chart would wait behind a replay, an impact simulation
     * or a report running in another work area, and they behind it.
     */
    @Override
    public SeriesResult series(QuerySpec spec, Cancellation cancel) throws Exception {
        return new ExploreQuery(queries(), cancel).series(spec);
    }

    private synchronized Workspace queries() throws WorkspaceException {
        if (queries == null) queries = workspace.duplicate();
        return queries;
    }

    @Override
    public synchronized ValueSource values(List<Long> datasetIds) throws Exception {
        if (values != null && valuesFor.equals(datasetIds)) return values;
        closeValues();
        values = new DuckDbValueSource(workspace, datasetIds).precompute();
        valuesFor = List.copyOf(datasetIds);
        return values;
    }

    private void closeValues() throws Exception {
        if (values != null) values.close();
        values = null;
        valuesFor = List.of();
    }

    @Override
    public synchronized void close() throws Exception {
        try {
            closeValues();
        } finally {
            if (queries != null) queries.close();
            queries = null;
        }
    }
}

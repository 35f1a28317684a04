package org.flowbench.ui;

import java.util.List;
import org.flowbench.filter.DuckDbValueSource;
import org.flowbench.filter.ValueSource;
import org.flowbench.query.ExploreQuery;
import org.flowbench.query.QuerySpec;
import org.flowbench.query.SeriesResult;
import org.flowbench.store.Workspace;
import org.flowbench.task.Cancellation;
import org.flowbench.ui.explore.ExploreServices;

/**
 * Explore over a real workspace. Keeps one value source (for the datasets last asked about), so
 * switching back and forth between filters does not reload completion values.
 */
public final class StoreExploreServices implements ExploreServices, AutoCloseable {
    private final Workspace workspace;
    private final OwnWorkspace queries;
    private DuckDbValueSource values;
    private List<Long> valuesFor = List.of();

    public StoreExploreServices(Workspace workspace) {
        this.workspace = workspace;
        this.queries = new OwnWorkspace(workspace);
    }

    /** Asked on Explore's own connection ({@link OwnWorkspace}). */
    @Override
    public SeriesResult series(QuerySpec spec, Cancellation cancel) throws Exception {
        return new ExploreQuery(queries.get(), cancel).series(spec);
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
            queries.close();
        }
    }
}

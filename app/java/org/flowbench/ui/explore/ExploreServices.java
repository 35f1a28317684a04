package org.flowbench.ui.explore;

import java.util.List;
import org.flowbench.filter.ValueSource;
import org.flowbench.query.QuerySpec;
import org.flowbench.query.SeriesResult;
import org.flowbench.task.Cancellation;

/**
 * What the Explore view asks the core. Every method may block (DuckDB), so the view models call
 * them inside background tasks only.
 */
public interface ExploreServices {
    /** The answer to {@code spec}; {@code cancel} stops it inside DuckDB (a newer query replaces it). */
    SeriesResult series(QuerySpec spec, Cancellation cancel) throws Exception;

    /**
     * Completion values drawn from the datasets, most frequent first; loading starts in the
     * background and the source answers at once with what it has.
     */
    ValueSource values(List<Long> datasetIds) throws Exception;

    /** For windows without a workspace behind them (tests with fake services). */
    ExploreServices UNAVAILABLE = new ExploreServices() {
        @Override
        public SeriesResult series(QuerySpec spec, Cancellation cancel) {
            throw new IllegalStateException("Explore needs an open workspace");
        }

        @Override
        public ValueSource values(List<Long> datasetIds) {
            return ValueSource.NONE;
        }
    };
}

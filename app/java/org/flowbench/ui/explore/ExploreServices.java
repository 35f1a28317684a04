package org.flowbench.ui.explore;

import java.util.List;
import org.flowbench.filter.ValueSource;
import org.flowbench.query.QuerySpec;
import org.flowbench.query.SeriesResult;

/**
 * What the Explore view asks the core. Every method may block (DuckDB), so the view models call
 * them inside background tasks only.
 */
public interface ExploreServices {
    SeriesResult series(QuerySpec spec) throws Exception;

    /**
     * Completion values drawn from the datasets, most frequent first; loading starts in the
     * background and the source answers at once with what it has.
     */
    ValueSource values(List<Long> datasetIds) throws Exception;

    /** For windows without a workspace behind them (tests with fake services). */
    ExploreServices UNAVAILABLE = new ExploreServices() {
        @Override
        public SeriesResult series(QuerySpec spec) {
            throw new IllegalStateException("Explore needs an open workspace");
        }

        @Override
        public ValueSource values(List<Long> datasetIds) {
            return ValueSource.NONE;
        }
    };
}

package org.flowbench.ui.explore;

import java.util.List;
import org.flowbench.store.Incident;

/**
 * The incidents a user marks on the Explore chart. Every method may block (DuckDB), so the view
 * models call them inside background tasks only.
 */
public interface IncidentServices {
    /** The dataset's incidents plus those that apply to any dataset, by start. */
    List<Incident> forDataset(long datasetId) throws Exception;

    /** Stores the incident and returns its id. */
    long add(Incident incident) throws Exception;

    /** Replaces the stored incident with the same id. */
    void update(Incident incident) throws Exception;

    void delete(long incidentId) throws Exception;

    /** For windows without a workspace behind them (tests with fake services). */
    IncidentServices UNAVAILABLE = new IncidentServices() {
        @Override
        public List<Incident> forDataset(long datasetId) { return List.of(); }

        @Override
        public long add(Incident incident) {
            throw new IllegalStateException("incidents need an open workspace");
        }

        @Override
        public void update(Incident incident) {
            throw new IllegalStateException("incidents need an open workspace");
        }

        @Override
        public void delete(long incidentId) {
            throw new IllegalStateException("incidents need an open workspace");
        }
    };
}

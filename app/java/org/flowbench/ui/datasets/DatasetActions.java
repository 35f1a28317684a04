package org.flowbench.ui.datasets;

import java.nio.file.Path;
import java.time.Instant;
import org.flowbench.enrich.GeoDatabases;
import org.flowbench.filter.SqlFragment;
import org.flowbench.query.DatasetExport;
import org.flowbench.store.AddressAnnotations;
import org.flowbench.store.ColumnMapping;
import org.flowbench.store.FlowTableImport;

/**
 * What the sidebar can do to a dataset. Every method blocks (JDBC, files): call them only from
 * background tasks. Space freed by {@link #delete} comes back when the workspace is compacted,
 * which needs it closed; the window does that after a delete.
 */
public interface DatasetActions {
    void rename(long datasetId, String name) throws Exception;

    /** Deletes the dataset with its rows, rollups and incidents, all or nothing. */
    void delete(long datasetId) throws Exception;

    /** Writes the rows that pass {@code filter} in [from, to) (null ends: no bound); returns the row count. */
    long export(long datasetId, SqlFragment filter, Instant from, Instant to, Path out, DatasetExport.Format format)
            throws Exception;

    /** Imports a Parquet or CSV flow table as a new dataset; nothing is left behind when it fails. */
    FlowTableImport.Result importTable(Path file, ColumnMapping mapping) throws Exception;

    /** Fills the country and AS columns of the dataset from the databases. */
    AddressAnnotations.Outcome enrich(long datasetId, GeoDatabases databases) throws Exception;

    /** Services without a workspace (test fakes) say so on every call. */
    DatasetActions UNAVAILABLE = new DatasetActions() {
        @Override public void rename(long id, String name) { throw unavailable(); }

        @Override public void delete(long id) { throw unavailable(); }

        @Override
        public long export(long id, SqlFragment f, Instant from, Instant to, Path out, DatasetExport.Format format) {
            throw unavailable();
        }

        @Override public FlowTableImport.Result importTable(Path file, ColumnMapping mapping) { throw unavailable(); }

        @Override public AddressAnnotations.Outcome enrich(long id, GeoDatabases databases) { throw unavailable(); }

        private UnsupportedOperationException unavailable() {
            return new UnsupportedOperationException("no workspace is open");
        }
    };
}

package org.flowbench.ui.datasets;

import java.nio.file.Path;
import java.time.Instant;
import org.flowbench.enrich.Enricher;
import org.flowbench.enrich.GeoDatabases;
import org.flowbench.enrich.GeoLookup;
import org.flowbench.filter.SqlFragment;
import org.flowbench.query.DatasetExport;
import org.flowbench.store.AddressAnnotations;
import org.flowbench.store.ColumnMapping;
import org.flowbench.store.FlowTableImport;
import org.flowbench.store.Workspace;

/** {@link DatasetActions} over an open workspace. */
public final class StoreDatasetActions implements DatasetActions {
    private final Workspace workspace;

    public StoreDatasetActions(Workspace workspace) {
        this.workspace = workspace;
    }

    @Override
    public void rename(long datasetId, String name) throws Exception {
        workspace.datasets().rename(datasetId, name);
    }

    @Override
    public void delete(long datasetId) throws Exception {
        // long writes run on a connection of their own (Workspace#onOwnConnection says why)
        workspace.onOwnConnection(own -> {
            own.datasets().delete(datasetId);
            return null;
        });
    }

    @Override
    public long export(long datasetId, SqlFragment filter, Instant from, Instant to, Path out,
                       DatasetExport.Format format) throws Exception {
        return workspace.onOwnConnection(own -> new DatasetExport(own).export(datasetId, filter, from, to, out, format));
    }

    @Override
    public FlowTableImport.Result importTable(Path file, ColumnMapping mapping) throws Exception {
        return workspace.onOwnConnection(own -> new FlowTableImport(own).run(file, FlowTableImport.FileFormat.of(file), mapping));
    }

    @Override
    public AddressAnnotations.Outcome enrich(long datasetId, GeoDatabases databases) throws Exception {
        try (GeoLookup lookup = databases.open()) {
            return workspace.onOwnConnection(own -> new Enricher(own).enrich(datasetId, lookup));
        }
    }
}

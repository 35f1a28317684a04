package org.flowbench.enrich;

import java.io.IOException;
import java.sql.SQLException;
import org.flowbench.store.AddressAnnotations;
import org.flowbench.store.Workspace;

/**
 * Fills the country and AS columns of a stored dataset from GeoIP databases. Runs after an
 * import or on demand; running it again with a newer database overwrites the countries.
 */
public final class Enricher {
    private final Workspace workspace;

    public Enricher(Workspace workspace) {
        this.workspace = workspace;
    }

    public AddressAnnotations.Outcome enrich(long datasetId, GeoLookup lookup) throws SQLException, IOException {
        return new AddressAnnotations(workspace).apply(datasetId, lookup::lookup);
    }
}

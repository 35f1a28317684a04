package org.flowbench.ui;

import java.util.List;
import org.flowbench.store.Incident;
import org.flowbench.store.Workspace;
import org.flowbench.ui.explore.IncidentServices;

/** Incidents over a real workspace's {@code incidents} table. */
final class StoreIncidentServices implements IncidentServices {
    private final Workspace workspace;

    StoreIncidentServices(Workspace workspace) {
        this.workspace = workspace;
    }

    @Override
    public List<Incident> forDataset(long datasetId) throws Exception {
        return workspace.incidents().forDataset(datasetId);
    }

    @Override
    public long add(Incident incident) throws Exception {
        return workspace.incidents().add(incident);
    }

    @Override
    public void update(Incident incident) throws Exception {
        if (!workspace.incidents().update(incident)) {
            throw new IllegalStateException("incident " + incident.id() + " is no longer in the workspace");
        }
    }

    @Override
    public void delete(long incidentId) throws Exception {
        workspace.incidents().delete(incidentId);
    }
}

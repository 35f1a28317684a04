package org.flowbench.detect;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flowbench.store.Incident;
import org.flowbench.store.Workspace;

/** The incidents a run over several datasets is scored against: each dataset's own plus those for any dataset. */
public final class DatasetIncidents {
    private DatasetIncidents() {}

    public static List<Incident> of(Workspace workspace, List<Long> datasets) throws DetectException {
        Map<Long, Incident> byId = new LinkedHashMap<>();
        try {
            for (long id : datasets) for (Incident i : workspace.incidents().forDataset(id)) byId.put(i.id(), i);
        } catch (SQLException e) {
            throw new DetectException("incidents could not be read: " + e.getMessage(), e);
        }
        return new ArrayList<>(byId.values());
    }
}

package org.flowbench.detect;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.flowbench.samples.IncidentLabel;
import org.flowbench.samples.LabelFile;
import org.flowbench.store.Incident;
import org.flowbench.store.IncidentKind;
import org.flowbench.store.Workspace;

/** A scenario's labels ({@code <name>.labels.json}) as the incidents of one dataset, so runs over it are scored. */
public final class ScenarioIncidents {
    private ScenarioIncidents() {}

    public static List<Incident> read(Path labelsFile, Long datasetId) throws IOException {
        List<Incident> out = new ArrayList<>();
        for (IncidentLabel l : LabelFile.read(labelsFile)) {
            IncidentKind kind;
            try {
                kind = IncidentKind.fromSql(l.kind());
            } catch (IllegalArgumentException e) {
                throw new IOException(labelsFile + ": incident '" + l.name() + "' has unknown kind '" + l.kind() + "'");
            }
            out.add(new Incident(0, datasetId, l.name(), kind, l.start(), l.end(), l.victim(), l.filter(),
                    "from " + labelsFile.getFileName()));
        }
        return out;
    }

    /**
     * Stores the labels as incidents of the dataset, skipping any it already has under the same
     * name, so attaching twice changes nothing. Returns how many were added.
     */
    public static int attach(Workspace workspace, long datasetId, Path labelsFile) throws IOException {
        List<Incident> labels = read(labelsFile, datasetId);
        try {
            Set<String> present = new HashSet<>();
            for (Incident i : workspace.incidents().forDataset(datasetId)) {
                if (i.datasetId() != null && i.datasetId() == datasetId) present.add(i.name());
            }
            int added = 0;
            for (Incident i : labels) {
                if (present.add(i.name())) {
                    workspace.incidents().add(i);
                    added++;
                }
            }
            return added;
        } catch (SQLException e) {
            throw new IOException("incidents from " + labelsFile + " could not be stored: " + e.getMessage(), e);
        }
    }

    /** Attaches the labels file beside a capture, if there is one; returns how many incidents were added. */
    public static int attachBesides(Workspace workspace, long datasetId, Path capture) throws IOException {
        var labels = LabelFile.besides(capture);
        return labels.isPresent() ? attach(workspace, datasetId, labels.get()) : 0;
    }
}

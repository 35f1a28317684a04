package org.flowbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.flowbench.detect.ScenarioIncidents;
import org.flowbench.ingest.ImportReport;
import org.flowbench.samples.LabelFile;
import org.flowbench.store.Workspace;
import org.flowbench.task.Nouns;

/** After an import, attaches the labels file beside each capture ({@code x.labels.json}) as the dataset's incidents. */
final class ImportLabels {
    private ImportLabels() {}

    /** {@code reports} and {@code files} in the same order, as ImportJob returns them. */
    static void attach(Workspace ws, List<ImportReport> reports, List<Path> files, PrintWriter err) {
        for (int i = 0; i < reports.size() && i < files.size(); i++) {
            long id = reports.get(i).datasetId();
            if (id == 0 || LabelFile.besides(files.get(i)).isEmpty()) continue;
            try {
                int n = ScenarioIncidents.attachBesides(ws, id, files.get(i));
                err.println("flowbench: dataset " + id + ": " + Nouns.count(n, "incident") + " from " + LabelFile.besides(files.get(i)).get().getFileName());
            } catch (IOException e) {
                err.println("flowbench: dataset " + id + ": labels not attached: " + e.getMessage());
            }
        }
        err.flush();
    }
}

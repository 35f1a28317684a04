package org.flowbench.ui.mitigate;

import java.nio.file.Files;
import java.nio.file.Path;
import org.flowbench.ingest.ImportJob;
import org.flowbench.ingest.ImportReport;
import org.flowbench.samples.IncidentLabel;
import org.flowbench.samples.LabelFile;
import org.flowbench.store.DatasetInfo;
import org.flowbench.store.Incident;
import org.flowbench.store.IncidentKind;
import org.flowbench.store.Workspace;
import org.flowbench.task.Cancellation;
import org.flowbench.task.Progress;
import org.junit.jupiter.api.Assumptions;

/** A temp workspace holding one imported pcap-samples scenario with its labels as incidents. */
final class ScenarioWorkspace {
    static final Path SAMPLES = Path.of("pcap-samples");

    private ScenarioWorkspace() {}

    static DatasetInfo importScenario(Workspace ws, String scenario) throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(SAMPLES), "pcap-samples/ is not in the working directory");
        ImportReport imported = new ImportJob(ws).importFile(SAMPLES.resolve(scenario + ".pcap"), Progress.NONE,
                Cancellation.none());
        long id = imported.datasetId();
        for (IncidentLabel l : LabelFile.read(SAMPLES.resolve(scenario + ".labels.json"))) {
            ws.incidents().add(new Incident(0, id, l.name(), IncidentKind.fromSql(l.kind()), l.start(), l.end(),
                    l.victim(), l.filter(), null));
        }
        return ws.datasets().get(id).orElseThrow();
    }
}

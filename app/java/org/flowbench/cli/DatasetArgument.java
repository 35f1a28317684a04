package org.flowbench.cli;

import java.io.PrintWriter;
import java.util.Optional;
import org.flowbench.store.DatasetInfo;
import org.flowbench.store.Workspace;

/** Resolves a DATASET argument (id or name), telling the user when there is no such dataset. */
final class DatasetArgument {
    private DatasetArgument() {}

    static Optional<DatasetInfo> find(Workspace ws, String idOrName, PrintWriter err) throws Exception {
        Optional<DatasetInfo> found = ws.datasets().find(idOrName);
        if (found.isEmpty()) {
            err.println("flowbench: no dataset '" + idOrName + "' in " + ws.path() + " (flowbench datasets lists them)");
            err.flush();
        }
        return found;
    }
}

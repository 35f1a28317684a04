package org.flowbench.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.flowbench.store.DatasetInfo;
import org.flowbench.store.Workspace;

/**
 * Resolves DATASET arguments (id or name), telling the user when there is no such dataset. The
 * line starts with the command's own name ({@code flowbench detect}, {@code flowbench dataset
 * rename}); the rest is the same everywhere.
 */
final class DatasetArgument {
    private DatasetArgument() {}

    /** The dataset, or empty after printing {@code <prefix>: no dataset ...}. */
    static Optional<DatasetInfo> find(Workspace ws, String idOrName, PrintWriter err, String prefix) throws Exception {
        Optional<DatasetInfo> found = ws.datasets().find(idOrName);
        if (found.isEmpty()) {
            err.println(prefix + ": no dataset '" + idOrName + "' in " + ws.path() + " (flowbench datasets lists them)");
            err.flush();
        }
        return found;
    }

    /** Every dataset in the order given, or empty after naming the first one the workspace lacks. */
    static Optional<List<DatasetInfo>> findAll(Workspace ws, List<String> idsOrNames, PrintWriter err, String prefix)
            throws Exception {
        List<DatasetInfo> all = new ArrayList<>();
        for (String d : idsOrNames) {
            Optional<DatasetInfo> found = find(ws, d, err, prefix);
            if (found.isEmpty()) return Optional.empty();
            all.add(found.get());
        }
        return Optional.of(all);
    }

    /** The ids of {@link #findAll}'s datasets. */
    static Optional<List<Long>> ids(Workspace ws, List<String> idsOrNames, PrintWriter err, String prefix) throws Exception {
        return findAll(ws, idsOrNames, err, prefix).map(found -> found.stream().map(DatasetInfo::id).toList());
    }
}

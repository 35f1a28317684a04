package org.flowbench.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.flowbench.store.DatasetInfo;
import org.flowbench.store.Workspace;
import org.flowbench.store.WorkspaceException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "datasets", mixinStandardHelpOptions = true, description = "Lists the datasets in the workspace.")
final class DatasetsCommand extends WorkspaceCommand implements Callable<Integer> {
    @Mixin FormatOption format;

    static final List<String> COLUMNS = List.of("id", "name", "status", "kind", "first", "last", "packets", "bytes",
            "rows", "created");

    @Override
    public Integer call() throws Exception {
        try (Workspace ws = Workspace.openReadOnly(workspacePath())) {
            List<List<Object>> rows = new ArrayList<>();
            for (DatasetInfo d : ws.datasets().list()) {
                rows.add(java.util.Arrays.asList(d.id(), d.name(), d.status().name().toLowerCase(java.util.Locale.ROOT),
                        d.kind(), d.firstTs(), d.lastTs(), d.packets(), d.bytes(), d.rows(), d.createdAt()));
            }
            new TableOutput(out(), format.format).rows(COLUMNS, rows);
            return Exit.OK;
        } catch (WorkspaceException e) {
            return cannotOpen(e);
        }
    }
}

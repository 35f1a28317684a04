package org.flowbench.cli;

import java.util.concurrent.Callable;
import org.flowbench.query.QueryException;
import org.flowbench.query.ReadOnlySql;
import org.flowbench.query.ResultTable;
import org.flowbench.query.SqlRefusedException;
import org.flowbench.store.Workspace;
import org.flowbench.store.WorkspaceException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "sql", mixinStandardHelpOptions = true,
        description = "Runs one read-only query (SELECT, WITH, ...) against the workspace; tables: flows, datasets,"
                + " incidents, rollup_dst_second, rollup_dst_minute, rollup_dst_total, rollup_src_total, rollup_second_proto.")
final class SqlCommand extends WorkspaceCommand implements Callable<Integer> {
    @Mixin FormatOption format;

    @Option(names = "--max-rows", defaultValue = "10000", description = "Rows printed at most (default: ${DEFAULT-VALUE}; 0 for all)")
    int maxRows;

    @Parameters(index = "0", paramLabel = "QUERY", description = "The query, quoted as one argument")
    String query;

    @Override
    public Integer call() throws Exception {
        try (Workspace ws = Workspace.openReadOnly(workspacePath())) {
            ResultTable t = new ReadOnlySql(ws).run(query, maxRows);
            new TableOutput(out(), format.format).rows(t.columns(), t.rows());
            return Exit.OK;
        } catch (WorkspaceException e) {
            return cannotOpen(e);
        } catch (SqlRefusedException e) {
            err().println("flowbench sql: refused: " + e.getMessage());
            return Exit.USAGE;
        } catch (QueryException e) {
            err().println("flowbench sql: " + e.getMessage());
            return Exit.USAGE;
        }
    }
}

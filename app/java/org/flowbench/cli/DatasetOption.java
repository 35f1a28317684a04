package org.flowbench.cli;

import java.io.PrintWriter;
import java.util.Optional;
import org.flowbench.store.DatasetInfo;
import org.flowbench.store.Workspace;
import picocli.CommandLine.Option;

/** The required {@code --dataset} of the commands that work on one dataset's traffic (flowspec simulate, generate). */
final class DatasetOption {
    @Option(names = "--dataset", required = true, paramLabel = "DATASET", description = "Dataset id or name")
    String dataset;

    /** The dataset, or empty after printing {@code <prefix>: no dataset ...}. */
    Optional<DatasetInfo> find(Workspace ws, PrintWriter err, String prefix) throws Exception {
        return DatasetArgument.find(ws, dataset, err, prefix);
    }
}

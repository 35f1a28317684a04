package org.flowbench.cli;

import picocli.CommandLine.Command;

/** {@code flowbench dataset rename|delete|export}: managing what the workspace holds. */
@Command(name = "dataset", mixinStandardHelpOptions = true,
        description = "Renames, deletes (with the disk space given back) or exports a dataset.",
        subcommands = {DatasetRenameCommand.class, DatasetDeleteCommand.class, DatasetExportCommand.class})
final class DatasetCommand {
}

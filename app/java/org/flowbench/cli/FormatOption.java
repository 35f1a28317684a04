package org.flowbench.cli;

import picocli.CommandLine.Option;

/** The shared {@code --format} option. */
final class FormatOption {
    @Option(names = "--format", defaultValue = "table", paramLabel = "table|csv|json",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
    OutputFormat format = OutputFormat.TABLE;
}

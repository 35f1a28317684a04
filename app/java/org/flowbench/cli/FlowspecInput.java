package org.flowbench.cli;

import java.nio.file.Path;
import org.flowbench.flowspec.RuleSet;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The rule file every flowspec subcommand reads, in our JSON format or any readable dialect. */
final class FlowspecInput {
    @Parameters(index = "0", paramLabel = "FILE", description = "Rule file (Flowbench JSON, or any readable dialect)")
    Path file;

    @Option(names = {"--from"}, paramLabel = "DIALECT",
            description = "Dialect of FILE: json, bird, exabgp, exabgp-api, gobgp, junos, iosxr, fastnetmon (default: detected)")
    String from;

    RuleSet read() throws FlowspecRuleFile.Unusable {
        return FlowspecRuleFile.read(file.toString(), from, "--from");
    }
}

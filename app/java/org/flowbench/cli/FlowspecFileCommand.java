package org.flowbench.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Base of the flowspec subcommands that read one rule file and no workspace (validate, export). */
abstract class FlowspecFileCommand {
    @Spec CommandSpec spec;

    @Mixin FlowspecInput input;

    PrintWriter out() { return spec.commandLine().getOut(); }

    PrintWriter err() { return spec.commandLine().getErr(); }

    /** Prints why FILE cannot be used and returns the exit code for it. */
    int unusable(FlowspecRuleFile.Unusable e) {
        // a parse error stands alone as FILE:LINE:COLUMN: ..., the form editors and terminals jump to
        err().println(e.located() ? e.getMessage() : "flowbench: " + e.getMessage());
        err().flush();
        return e.exitCode();
    }
}

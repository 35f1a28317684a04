package org.flowbench.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code flowbench flowspec}: the Flowspec command group; each subcommand is its own class. */
@Command(name = "flowspec", mixinStandardHelpOptions = true,
        description = "Flowspec rules (RFC 8955/8956): validate them, export them for a router or BGP speaker, simulate "
                + "their impact on stored traffic, generate them for a victim.",
        subcommands = {CommandLine.HelpCommand.class, FlowspecValidateCommand.class, FlowspecExportCommand.class,
                FlowspecSimulateCommand.class, FlowspecGenerateCommand.class})
public final class FlowspecCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return Exit.USAGE;
    }
}

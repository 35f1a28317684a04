package org.flowbench.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The root command: {@code flowbench} alone opens the workbench; subcommands run headless. */
@Command(name = "flowbench", mixinStandardHelpOptions = true, version = "Flowbench 0.1.0",
        description = "Workbench for after-the-fact analysis of traffic floods.",
        subcommands = {CommandLine.HelpCommand.class, ImportCommand.class, DatasetsCommand.class, SummaryCommand.class,
                SqlCommand.class, QueryCommand.class, SamplesCommand.class, CollectCommand.class, CaptureCommand.class,
                EnrichCommand.class, DatasetCommand.class, TableImportCommand.class, FlowspecCommand.class,
                DetectCommand.class, ReportCommand.class, RulesCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:the input was read only in part (dataset partial)",
                "2:usage error", "3:the input could not be read", "4:internal error",
                "5:the workspace is in use by another process"})
public final class FlowbenchCommand implements Callable<Integer> {
    /** Returned by {@link #run} when the GUI took over and the JVM must stay up. */
    public static final int GUI_STARTED = -1;

    @Option(names = "--workspace", description = "Workspace file (default: ~/.flowbench/workspace.duckdb)",
            scope = CommandLine.ScopeType.INHERIT)
    Path workspace;

    // What a desktop passes when the user opens a capture with Flowbench (file associations).
    @Parameters(arity = "0..1", paramLabel = "FILE",
            description = "A capture to import and show in the workbench (pcap, pcapng, plain or gzip)")
    Path open;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (open != null && !Files.isRegularFile(open)) {
            spec.commandLine().getErr().println("flowbench: '" + open + "' is neither a command nor a file; see flowbench --help");
            return Exit.USAGE;
        }
        GuiStarter.start(workspace, open);
        return GUI_STARTED;
    }

    public static int run(String... args) {
        // A double-click passes nothing: start the window without building the command model of
        // every subcommand first (about 0.35 s of the first window's critical path, decision 0210).
        if (args.length == 0) {
            GuiStarter.start(null, null);
            return GUI_STARTED;
        }
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs with the given writers; tests capture output this way. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new FlowbenchCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            // a failure that is not the input's fault: say what, without a stack trace for the user
            commandLine.getErr().println("flowbench: internal error: " + e);
            commandLine.getErr().flush();
            return Exit.INTERNAL;
        });
        return cli.execute(args);
    }
}

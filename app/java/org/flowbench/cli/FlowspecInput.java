package org.flowbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.flowbench.flowspec.RuleSet;
import org.flowbench.flowspec.dialect.Dialect;
import org.flowbench.flowspec.dialect.DialectParseException;
import org.flowbench.flowspec.dialect.Dialects;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The rule file every flowspec subcommand reads, in our JSON format or any readable dialect. */
final class FlowspecInput {
    @Parameters(index = "0", paramLabel = "FILE", description = "Rule file (Flowbench JSON, or any readable dialect)")
    Path file;

    @Option(names = {"--from"}, paramLabel = "DIALECT",
            description = "Dialect of FILE: json, bird, exabgp, exabgp-api, gobgp, junos, iosxr, fastnetmon (default: detected)")
    String from;

    /** Rules read, or empty after printing why (the exit code is then {@link Exit#UNREADABLE} or {@link Exit#USAGE}). */
    Optional<RuleSet> read(PrintWriter err, int[] exit) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println("flowbench: cannot read " + file + ": " + e.getMessage());
            exit[0] = Exit.UNREADABLE;
            return Optional.empty();
        }
        Optional<Dialect> dialect = from == null ? Dialects.detect(text) : Dialects.named(from);
        if (dialect.isEmpty()) {
            err.println(from == null ? "flowbench: cannot tell the dialect of " + file + "; name it with --from " + String.join("|", Dialects.names())
                    : "flowbench: unknown dialect '" + from + "'; known: " + String.join(", ", Dialects.names()));
            exit[0] = Exit.USAGE;
            return Optional.empty();
        }
        try {
            return Optional.of(dialect.get().read(text));
        } catch (DialectParseException e) {
            err.println(file + ":" + e.line() + ":" + e.column() + ": " + e.reason() + " (reading as " + dialect.get().name() + ")");
            exit[0] = Exit.UNREADABLE;
            return Optional.empty();
        }
    }
}

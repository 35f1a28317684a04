package org.flowbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.flowbench.flowspec.Problem;
import org.flowbench.flowspec.RuleSet;
import org.flowbench.flowspec.dialect.Dialect;
import org.flowbench.flowspec.dialect.Dialects;
import org.flowbench.flowspec.dialect.Exporter;
import org.flowbench.flowspec.dialect.UnsupportedRuleException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code flowbench flowspec export}: writes valid rules in a router's or BGP speaker's syntax. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes the rules for BIRD 2, ExaBGP (configuration or API), GoBGP, Junos or IOS XR, or as Flowbench JSON. "
                + "Rules with errors, or that the dialect cannot express exactly, are refused.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written", "1:a rule has an error or cannot be expressed in the dialect", "2:usage error",
                "3:the file could not be read, parsed or written", "4:internal error"})
public final class FlowspecExportCommand extends FlowspecFileCommand implements Callable<Integer> {
    @Option(names = "--dialect", required = true, paramLabel = "DIALECT",
            description = "bird, exabgp, exabgp-api, gobgp, junos, iosxr or json")
    String dialect;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write here instead of standard output")
    Path outFile;

    @Override
    public Integer call() {
        PrintWriter out = out();
        PrintWriter err = err();
        Optional<Dialect> target = Dialects.named(dialect).filter(Dialect::canWrite);
        if (target.isEmpty()) {
            err.println("flowbench: cannot write '" + dialect + "'; writable: " + String.join(", ", Dialects.writableNames()));
            return Exit.USAGE;
        }
        RuleSet rules;
        try {
            rules = input.read();
        } catch (FlowspecRuleFile.Unusable e) {
            return unusable(e);
        }
        String text;
        try {
            text = Exporter.export(rules, target.get());
        } catch (Exporter.InvalidRulesException e) {
            err.println("flowbench: not exported, the rules have errors:");
            for (Problem p : e.problems()) err.println("  " + p);
            err.flush();
            return 1;
        } catch (UnsupportedRuleException e) {
            err.println("flowbench: not exported: " + e.getMessage());
            err.flush();
            return 1;
        }
        if (outFile == null) {
            out.print(text);
            out.flush();
            return Exit.OK;
        }
        try {
            Files.writeString(outFile, text, StandardCharsets.UTF_8);
            return Exit.OK;
        } catch (IOException e) {
            err.println("flowbench: cannot write " + outFile + ": " + e.getMessage());
            return Exit.UNREADABLE;
        }
    }
}

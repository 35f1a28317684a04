package org.flowbench.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.flowbench.rulesets.RuleSetException;
import org.flowbench.rulesets.RuleSetTexts;
import org.flowbench.rulesets.WorkspaceRuleSets;
import org.flowbench.store.RuleSetKind;
import org.flowbench.store.StoredRuleSet;
import org.flowbench.store.Workspace;
import org.flowbench.store.WorkspaceException;
import org.flowbench.task.Nouns;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "save", mixinStandardHelpOptions = true,
        description = {"Checks a rule file and saves it in the workspace.",
                "Detection files (JSON, or YAML by extension) are kept as they are; Flowspec rules in any readable "
                        + "dialect are kept as Flowbench's JSON rule file."})
final class RulesSaveCommand extends RulesWorkspaceCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "Detection or Flowspec rule file") Path file;

    @Option(names = "--name", paramLabel = "NAME", description = "Name in the workspace (default: the file name without extension)")
    String name;

    @Option(names = "--note", paramLabel = "TEXT", description = "A note kept beside the rules") String note;

    @Option(names = "--replace", description = "Replace a saved set of the same name and kind") boolean replace;

    @Override
    public Integer call() {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return fail(Exit.UNREADABLE, "cannot read " + file + ": " + e.getMessage());
        }
        String source = file.toString();
        RuleSetKind k;
        try {
            k = kind().orElseGet(() -> RuleSetTexts.guessKind(text, source));
        } catch (IllegalArgumentException e) {
            return fail(Exit.USAGE, e.getMessage());
        }
        String n = name != null ? name : baseName(file);
        try (Workspace ws = Workspace.open(workspacePath())) {
            StoredRuleSet s = new WorkspaceRuleSets(ws).saveText(k, n, text, source, note, replace);
            out().println("saved " + s.kind().sqlName() + " rule set '" + s.name() + "' (" + Nouns.count(s.ruleCount(), "rule") + ")");
            out().flush();
            return Exit.OK;
        } catch (WorkspaceException e) {
            return cannotOpen(e);
        } catch (RuleSetException e) {
            return fail(e);
        }
    }

    private static String baseName(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}

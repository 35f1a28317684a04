package org.flowbench.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.flowbench.rulesets.RuleSetTexts;
import org.flowbench.store.StoredRuleSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes a saved rule set to a file, exactly as stored (the rule file other commands read).")
final class RulesExportCommand extends SavedRuleSetCommand implements Callable<Integer> {
    @Parameters(index = "1", paramLabel = "FILE", description = "File to write") Path file;

    @Option(names = "--force", description = "Overwrite FILE if it exists") boolean force;

    @Override
    public Integer call() {
        return withRuleSets(false, sets -> {
            StoredRuleSet s = saved(sets);
            if (Files.exists(file) && !force) return fail(Exit.USAGE, file + " exists; give --force to overwrite it");
            String extension = RuleSetTexts.extension(s);
            String fileName = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
            boolean yamlName = fileName.endsWith(".yaml") || fileName.endsWith(".yml");
            if (yamlName != extension.equals(".yaml")) {
                err().println("flowbench rules export: note: the set is " + s.format().toUpperCase(java.util.Locale.ROOT)
                        + "; rule readers pick the format by extension, so name the file *" + extension);
            }
            try {
                Files.writeString(file, s.text(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return fail(Exit.UNREADABLE, "cannot write " + file + ": " + e.getMessage());
            }
            out().println(file);
            out().flush();
            return Exit.OK;
        });
    }
}

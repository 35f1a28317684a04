package org.flowbench.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.flowbench.store.StoredRuleSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the rule sets saved in the workspace.")
final class RulesListCommand extends RulesWorkspaceCommand implements Callable<Integer> {
    @Mixin FormatOption format;

    static final List<String> COLUMNS = List.of("name", "kind", "format", "rules", "updated", "created", "note");

    @Override
    public Integer call() {
        return withRuleSets(false, sets -> {
            List<StoredRuleSet> found = kind().isPresent() ? sets.list(kind().get()) : sets.list();
            List<List<Object>> rows = new ArrayList<>();
            for (StoredRuleSet s : found) {
                rows.add(Arrays.asList(s.name(), s.kind().sqlName(), s.format(), s.ruleCount(), s.updated(), s.created(), s.note()));
            }
            new TableOutput(out(), format.format).rows(COLUMNS, rows);
            return Exit.OK;
        });
    }
}

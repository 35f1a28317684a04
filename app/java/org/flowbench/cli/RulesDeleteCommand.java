package org.flowbench.cli;

import java.util.concurrent.Callable;
import org.flowbench.store.StoredRuleSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "delete", mixinStandardHelpOptions = true, description = "Deletes a saved rule set.")
final class RulesDeleteCommand extends RulesWorkspaceCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "NAME", description = "Name of the saved rule set") String name;

    @Override
    public Integer call() {
        return withRuleSets(true, sets -> {
            StoredRuleSet s = sets.get(name, kind());
            sets.delete(s.kind(), s.name());
            out().println("deleted " + s.kind().sqlName() + " rule set '" + s.name() + "'");
            out().flush();
            return Exit.OK;
        });
    }
}

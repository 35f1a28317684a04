package org.flowbench.cli;

import java.util.concurrent.Callable;
import org.flowbench.store.StoredRuleSet;
import picocli.CommandLine.Command;

@Command(name = "delete", mixinStandardHelpOptions = true, description = "Deletes a saved rule set.")
final class RulesDeleteCommand extends SavedRuleSetCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return withRuleSets(true, sets -> {
            StoredRuleSet s = saved(sets);
            sets.delete(s.kind(), s.name());
            out().println("deleted " + s.kind().sqlName() + " rule set '" + s.name() + "'");
            out().flush();
            return Exit.OK;
        });
    }
}

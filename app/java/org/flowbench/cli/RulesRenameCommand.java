package org.flowbench.cli;

import java.util.concurrent.Callable;
import org.flowbench.store.StoredRuleSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "rename", mixinStandardHelpOptions = true, description = "Gives a saved rule set a new name.")
final class RulesRenameCommand extends SavedRuleSetCommand implements Callable<Integer> {
    @Parameters(index = "1", paramLabel = "NEW", description = "The new name") String newName;

    @Override
    public Integer call() {
        return withRuleSets(true, sets -> {
            StoredRuleSet s = saved(sets);
            sets.rename(s.kind(), s.name(), newName);
            out().println(s.kind().sqlName() + " rule set '" + s.name() + "' is now '" + newName.strip() + "'");
            out().flush();
            return Exit.OK;
        });
    }
}

package org.flowbench.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "show", mixinStandardHelpOptions = true, description = "Prints a saved rule set's rule file.")
final class RulesShowCommand extends SavedRuleSetCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return withRuleSets(false, sets -> {
            String text = saved(sets).text();
            out().print(text.endsWith("\n") ? text : text + System.lineSeparator());
            out().flush();
            return Exit.OK;
        });
    }
}

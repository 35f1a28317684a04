package org.flowbench.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "show", mixinStandardHelpOptions = true, description = "Prints a saved rule set's rule file.")
final class RulesShowCommand extends RulesWorkspaceCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "NAME", description = "Name of the saved rule set") String name;

    @Override
    public Integer call() {
        return withRuleSets(false, sets -> {
            String text = sets.get(name, kind()).text();
            out().print(text.endsWith("\n") ? text : text + System.lineSeparator());
            out().flush();
            return Exit.OK;
        });
    }
}

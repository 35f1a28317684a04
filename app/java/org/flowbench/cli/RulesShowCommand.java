package org.flowbench.cli;

import java.util.concurrent.Callable;
import org.flowbench.rulesets.RuleSetException;
import org.flowbench.rulesets.WorkspaceRuleSets;
import org.flowbench.store.Workspace;
import org.flowbench.store.WorkspaceException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "show", mixinStandardHelpOptions = true, description = "Prints a saved rule set's rule file.")
final class RulesShowCommand extends RulesWorkspaceCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "NAME", description = "Name of the saved rule set") String name;

    @Override
    public Integer call() {
        try (Workspace ws = Workspace.openReadOnly(workspacePath())) {
            String text = new WorkspaceRuleSets(ws).get(name, kind()).text();
            out().print(text.endsWith("\n") ? text : text + System.lineSeparator());
            out().flush();
            return Exit.OK;
        } catch (WorkspaceException e) {
            return cannotOpen(e);
        } catch (RuleSetException e) {
            return fail(e);
        } catch (IllegalArgumentException e) {
            return fail(Exit.USAGE, e.getMessage());
        }
    }
}

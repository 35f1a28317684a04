package org.flowbench.cli;

import java.util.concurrent.Callable;
import org.flowbench.rulesets.RuleSetException;
import org.flowbench.rulesets.WorkspaceRuleSets;
import org.flowbench.store.StoredRuleSet;
import org.flowbench.store.Workspace;
import org.flowbench.store.WorkspaceException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "delete", mixinStandardHelpOptions = true, description = "Deletes a saved rule set.")
final class RulesDeleteCommand extends RulesWorkspaceCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "NAME", description = "Name of the saved rule set") String name;

    @Override
    public Integer call() {
        try (Workspace ws = Workspace.open(workspacePath())) {
            WorkspaceRuleSets sets = new WorkspaceRuleSets(ws);
            StoredRuleSet s = sets.get(name, kind());
            sets.delete(s.kind(), s.name());
            out().println("deleted " + s.kind().sqlName() + " rule set '" + s.name() + "'");
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

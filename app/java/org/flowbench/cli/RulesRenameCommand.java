package org.flowbench.cli;

import java.util.concurrent.Callable;
import org.flowbench.rulesets.RuleSetException;
import org.flowbench.rulesets.WorkspaceRuleSets;
import org.flowbench.store.StoredRuleSet;
import org.flowbench.store.Workspace;
import org.flowbench.store.WorkspaceException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "rename", mixinStandardHelpOptions = true, description = "Gives a saved rule set a new name.")
final class RulesRenameCommand extends RulesWorkspaceCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "NAME", description = "Name of the saved rule set") String name;

    @Parameters(index = "1", paramLabel = "NEW", description = "The new name") String newName;

    @Override
    public Integer call() {
        try (Workspace ws = Workspace.open(workspacePath())) {
            WorkspaceRuleSets sets = new WorkspaceRuleSets(ws);
            StoredRuleSet s = sets.get(name, kind());
            sets.rename(s.kind(), s.name(), newName);
            out().println(s.kind().sqlName() + " rule set '" + s.name() + "' is now '" + newName.strip() + "'");
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

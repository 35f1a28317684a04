package org.flowbench.cli;

import org.flowbench.rulesets.RuleSetException;
import org.flowbench.rulesets.WorkspaceRuleSets;
import org.flowbench.store.StoredRuleSet;
import picocli.CommandLine.Parameters;

/** Base of the {@code rules} subcommands that act on one saved set named by NAME (show, export, rename, delete). */
abstract class SavedRuleSetCommand extends RulesWorkspaceCommand {
    @Parameters(index = "0", paramLabel = "NAME", description = "Name of the saved rule set") String name;

    /** The set NAME (and --kind, when given) names; NOT_FOUND or INVALID become the caller's exit code. */
    StoredRuleSet saved(WorkspaceRuleSets sets) throws RuleSetException {
        return sets.get(name, kind());
    }
}

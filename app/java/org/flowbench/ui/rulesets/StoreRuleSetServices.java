package org.flowbench.ui.rulesets;

import java.util.List;
import org.flowbench.rulesets.RuleSetException;
import org.flowbench.rulesets.WorkspaceRuleSets;
import org.flowbench.store.RuleSetKind;
import org.flowbench.store.StoredRuleSet;
import org.flowbench.store.Workspace;

/** Saved rule sets over a real workspace, through {@link WorkspaceRuleSets}. */
public final class StoreRuleSetServices implements RuleSetServices {
    private final WorkspaceRuleSets sets;

    public StoreRuleSetServices(Workspace workspace) {
        this.sets = new WorkspaceRuleSets(workspace);
    }

    @Override
    public List<StoredRuleSet> list(RuleSetKind kind) throws RuleSetException {
        return sets.list(kind);
    }

    @Override
    public StoredRuleSet save(RuleSetKind kind, String name, String text, String source, boolean overwrite)
            throws RuleSetException {
        return sets.saveText(kind, name, text, source, "", overwrite);
    }

    @Override
    public StoredRuleSet load(RuleSetKind kind, String name) throws RuleSetException {
        return sets.get(name, java.util.Optional.of(kind));
    }
}

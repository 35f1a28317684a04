package org.flowbench.ui.rulesets;

import java.util.List;
import org.flowbench.store.RuleSetKind;
import org.flowbench.store.StoredRuleSet;

/**
 * Rule sets saved in the workspace, for the Detect and Mitigate areas. Every method may block
 * (DuckDB), so view models call them inside background tasks only.
 */
public interface RuleSetServices {
    /** The saved sets of one kind, by name. */
    List<StoredRuleSet> list(RuleSetKind kind) throws Exception;

    /**
     * Parses the text as its kind's rule file (the {@code source}'s extension picks JSON or YAML
     * for detection) and saves it; a taken name is refused unless {@code overwrite}.
     */
    StoredRuleSet save(RuleSetKind kind, String name, String text, String source, boolean overwrite) throws Exception;

    StoredRuleSet load(RuleSetKind kind, String name) throws Exception;

    /** For windows without a workspace behind them (tests with fake services). */
    RuleSetServices UNAVAILABLE = new RuleSetServices() {
        @Override
        public List<StoredRuleSet> list(RuleSetKind kind) { return List.of(); }

        @Override
        public StoredRuleSet save(RuleSetKind kind, String name, String text, String source, boolean overwrite) {
            throw new IllegalStateException("saved rule sets need an open workspace");
        }

        @Override
        public StoredRuleSet load(RuleSetKind kind, String name) {
            throw new IllegalStateException("saved rule sets need an open workspace");
        }
    };
}

package org.flowbench.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.flowbench.rulesets.RuleSetException;
import org.flowbench.rulesets.WorkspaceRuleSets;
import org.flowbench.store.Workspace;
import org.flowbench.store.WorkspaceException;

/**
 * A rule-file argument that may name a rule set saved in the workspace instead: {@code workspace:NAME}
 * (docs/decisions/0250). A file really called that is reached as {@code ./workspace:NAME}.
 */
final class RuleSetArgument {
    static final String PREFIX = "workspace:";

    private RuleSetArgument() {}

    /** The saved set's name when the argument names one. */
    static Optional<String> storedName(String argument) {
        if (argument == null || !argument.startsWith(PREFIX)) return Optional.empty();
        return Optional.of(argument.substring(PREFIX.length()).strip());
    }

    /** Reads a saved detection set, opening the workspace only for that. */
    static org.flowbench.detect.RuleSet detection(Path workspace, String name) throws WorkspaceException, RuleSetException {
        try (Workspace ws = Workspace.openReadOnly(workspace)) {
            return new WorkspaceRuleSets(ws).detection(name);
        }
    }

    static org.flowbench.flowspec.RuleSet flowspec(Path workspace, String name) throws WorkspaceException, RuleSetException {
        try (Workspace ws = Workspace.openReadOnly(workspace)) {
            return new WorkspaceRuleSets(ws).flowspec(name);
        }
    }

    /** The exit code for a saved set that cannot be used. */
    static int exitCode(RuleSetException e) {
        return e.reason() == RuleSetException.Reason.INVALID ? Exit.USAGE : Exit.UNREADABLE;
    }
}

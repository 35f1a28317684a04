package org.flowbench.cli;

import java.util.Optional;
import org.flowbench.rulesets.RuleSetException;
import org.flowbench.store.RuleSetKind;
import picocli.CommandLine.Option;

/** What the {@code rules} subcommands share: the optional {@code --kind} and how errors become exit codes. */
abstract class RulesWorkspaceCommand extends WorkspaceCommand {
    @Option(names = "--kind", paramLabel = "detection|flowspec",
            description = "Which kind of rule set (needed only when both kinds have the name)")
    String kind;

    /** Empty when not given; a bad value is a usage error reported by the caller. */
    Optional<RuleSetKind> kind() {
        if (kind == null) return Optional.empty();
        return Optional.of(RuleSetKind.parse(kind).orElseThrow(
                () -> new IllegalArgumentException("--kind takes detection or flowspec, not '" + kind + "'")));
    }

    int fail(RuleSetException e) {
        return fail(switch (e.reason()) {
            case INVALID, NAME_TAKEN -> Exit.USAGE;
            case NOT_FOUND, STORAGE -> Exit.UNREADABLE;
        }, e.getMessage());
    }

    int fail(int code, String message) {
        err().println("flowbench rules " + spec.name() + ": " + message);
        err().flush();
        return code;
    }
}

package org.flowbench.cli;

import java.util.Optional;
import org.flowbench.rulesets.RuleSetException;
import org.flowbench.rulesets.WorkspaceRuleSets;
import org.flowbench.store.RuleSetKind;
import org.flowbench.store.Workspace;
import org.flowbench.store.WorkspaceException;
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

    /** What a subcommand does with the workspace's rule sets; returns its exit code. */
    @FunctionalInterface
    interface RuleSetsWork {
        int run(WorkspaceRuleSets sets) throws RuleSetException;
    }

    /**
     * Opens the workspace (for writing only when {@code write}), runs the work and turns what can
     * go wrong into an exit code and a message: the workspace, the rule set, or a bad argument.
     */
    int withRuleSets(boolean write, RuleSetsWork work) {
        try (Workspace ws = write ? Workspace.open(workspacePath()) : Workspace.openReadOnly(workspacePath())) {
            return work.run(new WorkspaceRuleSets(ws));
        } catch (WorkspaceException e) {
            return cannotOpen(e);
        } catch (RuleSetException e) {
            return fail(e);
        } catch (IllegalArgumentException e) {
            return fail(Exit.USAGE, e.getMessage());
        }
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

package org.flowbench.rulesets;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.flowbench.detect.RuleFileFormat;
import org.flowbench.detect.RuleFiles;
import org.flowbench.flowspec.dialect.FlowbenchJson;
import org.flowbench.store.RuleSetKind;
import org.flowbench.store.RuleSetNameTakenException;
import org.flowbench.store.StoredRuleSet;
import org.flowbench.store.Workspace;

/**
 * Rule sets saved in a workspace, for the GUI, the CLI and reports: every save parses the text
 * first (nothing invalid is ever stored), every load parses it back. Errors of every kind arrive
 * as one {@link RuleSetException}, so front ends never see JDBC.
 */
public final class WorkspaceRuleSets {
    private final Workspace workspace;

    public WorkspaceRuleSets(Workspace workspace) {
        this.workspace = workspace;
    }

    public List<StoredRuleSet> list() throws RuleSetException {
        try {
            return workspace.ruleSets().list();
        } catch (SQLException e) {
            throw storage("list the rule sets", e);
        }
    }

    public List<StoredRuleSet> list(RuleSetKind kind) throws RuleSetException {
        try {
            return workspace.ruleSets().list(kind);
        } catch (SQLException e) {
            throw storage("list the rule sets", e);
        }
    }

    /** Validates rule-file text and stores it; see {@link RuleSetTexts#prepare}. */
    public StoredRuleSet saveText(RuleSetKind kind, String name, String text, String source, String note, boolean overwrite)
            throws RuleSetException {
        return store(RuleSetTexts.prepare(kind, name, text, source, note), overwrite);
    }

    /** Stores a detection rule set as rule-file text in {@code format}. */
    public StoredRuleSet saveDetection(String name, org.flowbench.detect.RuleSet set, RuleFileFormat format, String note,
                                       boolean overwrite) throws RuleSetException {
        String source = "rule set " + name + (format == RuleFileFormat.YAML ? ".yaml" : ".json");
        return saveText(RuleSetKind.DETECTION, name, RuleFiles.write(set, format), source, note, overwrite);
    }

    /** Stores Flowspec rules as Flowbench's JSON rule file. */
    public StoredRuleSet saveFlowspec(String name, org.flowbench.flowspec.RuleSet set, String note, boolean overwrite)
            throws RuleSetException {
        String text;
        try {
            text = new FlowbenchJson().write(set);
        } catch (RuntimeException e) {
            throw new RuleSetException(RuleSetException.Reason.INVALID, "rule set " + name + ": " + e.getMessage(), e);
        }
        return saveText(RuleSetKind.FLOWSPEC, name, text, "rule set " + name, note, overwrite);
    }

    public Optional<StoredRuleSet> find(RuleSetKind kind, String name) throws RuleSetException {
        try {
            return workspace.ruleSets().find(kind, name);
        } catch (SQLException e) {
            throw storage("read rule set '" + name + "'", e);
        }
    }

    /** The one set with this name; NOT_FOUND when none, INVALID when both kinds have it and none was named. */
    public StoredRuleSet get(String name, Optional<RuleSetKind> kind) throws RuleSetException {
        if (kind.isPresent()) {
            return find(kind.get(), name).orElseThrow(() -> notFound(kind.get().sqlName() + " rule set", name));
        }
        List<StoredRuleSet> named;
        try {
            named = workspace.ruleSets().named(name);
        } catch (SQLException e) {
            throw storage("read rule set '" + name + "'", e);
        }
        if (named.isEmpty()) throw notFound("rule set", name);
        if (named.size() > 1) {
            throw new RuleSetException(RuleSetException.Reason.INVALID, "both a detection and a flowspec rule set are named '"
                    + name + "'; say which with the kind", null);
        }
        return named.get(0);
    }

    public org.flowbench.detect.RuleSet detection(String name) throws RuleSetException {
        return RuleSetTexts.detection(get(name, Optional.of(RuleSetKind.DETECTION)));
    }

    public org.flowbench.flowspec.RuleSet flowspec(String name) throws RuleSetException {
        return RuleSetTexts.flowspec(get(name, Optional.of(RuleSetKind.FLOWSPEC)));
    }

    public void rename(RuleSetKind kind, String from, String to) throws RuleSetException {
        if (to == null || to.isBlank()) throw new RuleSetException(RuleSetException.Reason.INVALID, "a rule set needs a name", null);
        try {
            if (!workspace.ruleSets().rename(kind, from, to)) throw notFound(kind.sqlName() + " rule set", from);
        } catch (RuleSetNameTakenException e) {
            throw new RuleSetException(RuleSetException.Reason.NAME_TAKEN, e.getMessage(), e);
        } catch (SQLException e) {
            throw storage("rename rule set '" + from + "'", e);
        }
    }

    public void delete(RuleSetKind kind, String name) throws RuleSetException {
        try {
            if (!workspace.ruleSets().delete(kind, name)) throw notFound(kind.sqlName() + " rule set", name);
        } catch (SQLException e) {
            throw storage("delete rule set '" + name + "'", e);
        }
    }

    private StoredRuleSet store(StoredRuleSet s, boolean overwrite) throws RuleSetException {
        try {
            return workspace.ruleSets().save(s, overwrite);
        } catch (RuleSetNameTakenException e) {
            throw new RuleSetException(RuleSetException.Reason.NAME_TAKEN, e.getMessage() + "; replace it or choose another name", e);
        } catch (SQLException e) {
            throw storage("save rule set '" + s.name() + "'", e);
        }
    }

    private static RuleSetException notFound(String what, String name) {
        return new RuleSetException(RuleSetException.Reason.NOT_FOUND, "no " + what + " named '" + name + "' in the workspace", null);
    }

    private RuleSetException storage(String what, SQLException e) {
        return new RuleSetException(RuleSetException.Reason.STORAGE, "cannot " + what + " in " + workspace.path() + ": " + e.getMessage(), e);
    }
}

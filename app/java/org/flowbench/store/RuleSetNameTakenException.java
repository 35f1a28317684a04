package org.flowbench.store;

/** Saving without permission to overwrite under a name that a rule set of the same kind already has. */
public final class RuleSetNameTakenException extends Exception {
    private final String name;
    private final RuleSetKind kind;

    public RuleSetNameTakenException(RuleSetKind kind, String name) {
        super("the workspace already has a " + kind.sqlName() + " rule set named '" + name + "'");
        this.kind = kind;
        this.name = name;
    }

    public String name() { return name; }

    public RuleSetKind kind() { return kind; }
}

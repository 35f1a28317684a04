package org.flowbench.flowspec;

/**
 * One thing wrong with a rule: which rule (index in the set as given, and its name if any), which component
 * (null for the rule as a whole or its actions), and a message a network engineer can act on.
 */
public record Problem(Severity severity, int ruleIndex, String ruleName, ComponentType component, String message) {
    public enum Severity { ERROR, WARNING }

    public boolean isError() { return severity == Severity.ERROR; }

    @Override
    public String toString() {
        return severity.name().toLowerCase() + ": rule " + (ruleIndex + 1) + (ruleName == null ? "" : " (" + ruleName + ")")
                + (component == null ? "" : ", " + component.label()) + ": " + message;
    }
}

package org.flowbench.flowspec.dialect;

/** A rule that a dialect cannot express without changing what it matches or does. */
public final class UnsupportedRuleException extends RuntimeException {
    public UnsupportedRuleException(String dialect, String ruleName, String what) {
        super(dialect + " cannot express " + (ruleName == null ? "a rule" : "rule '" + ruleName + "'") + ": " + what);
    }
}

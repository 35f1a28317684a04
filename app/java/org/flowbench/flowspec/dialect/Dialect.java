package org.flowbench.flowspec.dialect;

import org.flowbench.flowspec.RuleSet;

/**
 * One router or BGP speaker's syntax for Flowspec rules. {@link #write} refuses, with
 * {@link UnsupportedRuleException}, a rule the dialect cannot express exactly (rather than approximating it);
 * {@link #read} reports the first syntax error with its line and column.
 */
public interface Dialect {
    /** Short name used on the command line ({@code bird}, {@code exabgp}, ...). */
    String name();

    boolean canWrite();

    String write(RuleSet rules);

    RuleSet read(String text) throws DialectParseException;
}

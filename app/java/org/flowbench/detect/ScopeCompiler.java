package org.flowbench.detect;

import org.flowbench.filter.SqlFragment;

/** Turns a rule's scope text into SQL; the filter language in the application, fixed fragments in tests. */
@FunctionalInterface
public interface ScopeCompiler {
    SqlFragment compile(String scopeText) throws DetectException;
}

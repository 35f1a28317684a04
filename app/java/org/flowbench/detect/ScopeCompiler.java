package org.flowbench.detect;

import org.flowbench.filter.FilterSyntaxException;
import org.flowbench.filter.Filters;
import org.flowbench.filter.SqlFragment;

/** Turns a rule's scope text into SQL: the filter language in the application, fixed fragments in tests. */
@FunctionalInterface
public interface ScopeCompiler {
    SqlFragment compile(String scopeText) throws DetectException;

    /** The filter language (blank scope = all traffic); a syntax error names its line and column. */
    ScopeCompiler FILTER_LANGUAGE = text -> {
        try {
            return Filters.compile(text);
        } catch (FilterSyntaxException e) {
            throw new DetectException("scope '" + text + "': " + e.getMessage(), e);
        }
    };
}

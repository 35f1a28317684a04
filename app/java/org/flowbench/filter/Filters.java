package org.flowbench.filter;

import java.util.Optional;

/** Entry point of the filter language: text in, a parameterized SQL fragment (or a positioned error) out. */
public final class Filters {
    private Filters() {}

    /** Compiles filter text; blank or comment-only text is {@link SqlFragment#TRUE}. */
    public static SqlFragment compile(String text) throws FilterSyntaxException {
        return parse(text).map(SqlRenderer::render).orElse(SqlFragment.TRUE);
    }

    /** The typed tree of filter text; empty for blank or comment-only text. */
    public static Optional<FilterExpr> parse(String text) throws FilterSyntaxException {
        String t = text == null ? "" : text;
        return new Parser(t, Lexer.tokens(t)).parse();
    }
}

package org.flowbench.filter;

import java.util.stream.Collectors;
import org.flowbench.schema.FlowField;

/**
 * Something the parser would have accepted at a position. Error messages print
 * {@link #description()}; completion turns each into suggestions, using the column (and the
 * operator, for values) that the parser had in hand.
 */
record Expectation(Kind kind, String text, FlowField field, Operator op) {
    enum Kind { COLUMN, OPERATOR, VALUE, KEYWORD, PUNCTUATION, END }

    static final Expectation COLUMN = new Expectation(Kind.COLUMN, "", null, null);
    static final Expectation END = new Expectation(Kind.END, "", null, null);
    static final Expectation AND = keyword("AND");
    static final Expectation OR = keyword("OR");
    static final Expectation NOT = keyword("NOT");
    static final Expectation OPEN = punctuation("(");
    static final Expectation CLOSE = punctuation(")");
    static final Expectation COMMA = punctuation(",");

    static Expectation keyword(String word) {
        return new Expectation(Kind.KEYWORD, word, null, null);
    }

    static Expectation punctuation(String symbol) {
        return new Expectation(Kind.PUNCTUATION, symbol, null, null);
    }

    static Expectation operator(FlowField field) {
        return new Expectation(Kind.OPERATOR, "", field, null);
    }

    static Expectation value(FlowField field, Operator op) {
        return new Expectation(Kind.VALUE, "", field, op);
    }

    String description() {
        return switch (kind) {
            case COLUMN -> "a column";
            case END -> "end of input";
            case KEYWORD -> text;
            case PUNCTUATION -> "'" + text + "'";
            case OPERATOR -> "an operator (" + Operator.forType(field.filterType()).stream()
                    .map(Operator::symbol).collect(Collectors.joining(", ")) + ")";
            case VALUE -> "a value (" + ValueParser.describe(field, op) + ")";
        };
    }
}

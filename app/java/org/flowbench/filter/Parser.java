package org.flowbench.filter;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.flowbench.schema.FlowField;

/**
 * Recursive-descent parser over {@link Lexer} tokens:
 * <pre>
 * filter    := [ or ] END
 * or        := and { (OR | ||) and }
 * and       := unary { (AND | &&) unary }
 * unary     := (NOT | !) unary | primary
 * primary   := '(' or ')' | condition
 * condition := column operator value | column (IN | NOTIN) '(' value { ',' value } ')'
 * </pre>
 * Every time it looks at a token it notes what it would have accepted there, so a failure names
 * exactly the expected set at that point, and completion asks the same parser what fits at the caret.
 */
final class Parser {
    private final String text;
    private final List<Token> tokens;
    private int pos;
    /** What was tried at {@link #expectedAt}; cleared whenever the parser moves past it. */
    private final Set<Expectation> expected = new LinkedHashSet<>();
    private int expectedAt = -1;

    Parser(String text, List<Token> tokens) {
        this.text = text;
        this.tokens = tokens;
    }

    /** The filter's tree, or empty for a filter with nothing but blanks and comments. */
    Optional<FilterExpr> parse() throws FilterSyntaxException {
        note(Expectation.COLUMN);
        note(Expectation.NOT);
        note(Expectation.OPEN);
        if (check(Expectation.END, Token.Kind.END)) return Optional.empty();
        FilterExpr e = or();
        if (!check(Expectation.END, Token.Kind.END)) throw unexpected();
        return Optional.of(e);
    }

    /** What the parser would accept at the END token (after a successful or failed parse). */
    Set<Expectation> expectedAtEnd() {
        return expectedAt == tokens.size() - 1 ? Set.copyOf(expected) : Set.of();
    }

    private FilterExpr or() throws FilterSyntaxException {
        List<FilterExpr> parts = new ArrayList<>();
        parts.add(and());
        while (accept(Expectation.OR, Token.Kind.OR, "OR")) parts.add(and());
        return parts.size() == 1 ? parts.get(0) : new FilterExpr.Or(parts);
    }

    private FilterExpr and() throws FilterSyntaxException {
        List<FilterExpr> parts = new ArrayList<>();
        parts.add(unary());
        while (accept(Expectation.AND, Token.Kind.AND, "AND")) parts.add(unary());
        return parts.size() == 1 ? parts.get(0) : new FilterExpr.And(parts);
    }

    private FilterExpr unary() throws FilterSyntaxException {
        if (accept(Expectation.NOT, Token.Kind.NOT, "NOT")) return new FilterExpr.Not(unary());
        if (check(Expectation.OPEN, Token.Kind.LPAREN)) {
            pos++;
            FilterExpr inner = or();
            if (!check(Expectation.CLOSE, Token.Kind.RPAREN)) throw unexpected();
            pos++;
            return inner;
        }
        return condition();
    }

    private FilterExpr condition() throws FilterSyntaxException {
        if (!check(Expectation.COLUMN, Token.Kind.WORD) || isKeyword(peek())) throw unexpected();
        Token name = peek();
        FlowField field = ColumnNames.lookup(name.text()).orElseThrow(() -> unknownColumn(name));
        pos++;
        Token opToken = peek();
        Expectation opExpected = Expectation.operator(field);
        note(opExpected);
        Optional<Operator> op = Operator.of(opToken).filter(o -> Operator.forType(field.filterType()).contains(o));
        if (op.isEmpty()) {
            if (Operator.of(opToken).isPresent()) {
                throw error(opToken.start(), opToken.text() + " does not apply to " + field.column() + " ("
                        + typeName(field) + "); it takes " + Operator.forType(field.filterType()).stream()
                        .map(Operator::symbol).collect(Collectors.joining(", ")),
                        List.of(opExpected));
            }
            throw unexpected();
        }
        pos++;
        List<FilterValue> values = new ArrayList<>();
        if (op.get().takesList()) {
            if (!check(Expectation.OPEN, Token.Kind.LPAREN)) throw unexpected();
            pos++;
            values.add(value(field, op.get()));
            while (check(Expectation.COMMA, Token.Kind.COMMA)) {
                pos++;
                values.add(value(field, op.get()));
            }
            if (!check(Expectation.CLOSE, Token.Kind.RPAREN)) throw unexpected();
            pos++;
        } else {
            values.add(value(field, op.get()));
        }
        return new FilterExpr.Condition(field, op.get(), values);
    }

    private FilterValue value(FlowField field, Operator op) throws FilterSyntaxException {
        Expectation e = Expectation.value(field, op);
        note(e);
        Token t = peek();
        if (t.kind() != Token.Kind.WORD && t.kind() != Token.Kind.STRING) throw unexpected();
        try {
            FilterValue v = ValueParser.parse(field, op, t);
            pos++;
            return v;
        } catch (ValueParser.BadValue bad) {
            throw error(t.start(), bad.getMessage(), List.of(e));
        }
    }

    private static String typeName(FlowField f) {
        return f.filterType().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    private FilterSyntaxException unknownColumn(Token name) {
        String problem = ColumnNames.isUnfilterableColumn(name.text())
                ? name.text() + " cannot be filtered on"
                : "unknown column '" + name.text() + "'";
        return error(name.start(), problem + "; columns are " + ColumnNames.filterable().stream()
                .map(FlowField::column).collect(Collectors.joining(", ")), List.of(Expectation.COLUMN));
    }

    private static boolean isKeyword(Token t) {
        return t.isWord("AND") || t.isWord("OR") || t.isWord("NOT");
    }

    /** Consumes a keyword written as a word or as its symbol. */
    private boolean accept(Expectation e, Token.Kind symbolKind, String word) {
        note(e);
        Token t = peek();
        if (t.kind() == symbolKind || t.isWord(word)) {
            pos++;
            return true;
        }
        return false;
    }

    /** Whether the current token has this kind; notes the expectation either way. */
    private boolean check(Expectation e, Token.Kind kind) {
        note(e);
        return peek().kind() == kind;
    }

    private void note(Expectation e) {
        if (expectedAt != pos) {
            expected.clear();
            expectedAt = pos;
        }
        expected.add(e);
    }

    private Token peek() {
        return tokens.get(pos);
    }

    private FilterSyntaxException unexpected() {
        Token t = peek();
        List<Expectation> what = expectedAt == pos ? List.copyOf(expected) : List.of();
        String list = joinOr(what.stream().map(Expectation::description).toList());
        String found = t.kind() == Token.Kind.INVALID && t.text().startsWith("/*") ? "an unclosed comment"
                : t.kind() == Token.Kind.INVALID && (t.text().startsWith("\"") || t.text().startsWith("'"))
                ? "an unclosed string" : t.describe();
        return error(t.start(), "expected " + list + " but found " + found, what);
    }

    private FilterSyntaxException error(int offset, String problem, List<Expectation> what) {
        return new FilterSyntaxException(text, offset, problem,
                what.stream().map(Expectation::description).distinct().toList());
    }

    static String joinOr(List<String> items) {
        List<String> distinct = items.stream().distinct().toList();
        if (distinct.isEmpty()) return "nothing";
        if (distinct.size() == 1) return distinct.get(0);
        return String.join(", ", distinct.subList(0, distinct.size() - 1)) + " or " + distinct.get(distinct.size() - 1);
    }
}

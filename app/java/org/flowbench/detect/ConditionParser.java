package org.flowbench.detect;

import java.util.ArrayList;
import java.util.List;

/**
 * Recursive descent over the condition language:
 * <pre>
 * condition  := or
 * or         := and ("OR" and)*
 * and        := not ("AND" not)*
 * not        := "NOT" not | "(" or ")" | comparison
 * comparison := METRIC ("&gt;" | "&gt;=" | "&lt;" | "&lt;=" | "=" | "!=") NUMBER
 * NUMBER     := digits ["." digits] [k | M | G | T | %]
 * </pre>
 * Keywords and metric names are case-insensitive; AND binds tighter than OR.
 */
final class ConditionParser {
    private static final List<String> OPERATORS = List.of(">", ">=", "<", "<=", "=", "!=");

    private final String text;
    private int pos;

    ConditionParser(String text) {
        this.text = text == null ? "" : text;
    }

    Condition parse() throws ConditionSyntaxException {
        skipSpace();
        if (pos >= text.length()) throw error("empty condition", List.of("a metric", "NOT", "("));
        Condition c = or();
        skipSpace();
        if (pos < text.length()) throw error("unexpected '" + word() + "'", List.of("AND", "OR", "end of condition"));
        return c;
    }

    private Condition or() throws ConditionSyntaxException {
        Condition c = and();
        while (keyword("OR")) c = new Condition.Or(c, and());
        return c;
    }

    private Condition and() throws ConditionSyntaxException {
        Condition c = not();
        while (keyword("AND")) c = new Condition.And(c, not());
        return c;
    }

    private Condition not() throws ConditionSyntaxException {
        skipSpace();
        if (keyword("NOT")) return new Condition.Not(not());
        if (peek('(')) {
            pos++;
            Condition c = or();
            skipSpace();
            if (!peek(')')) throw error(pos >= text.length() ? "unclosed parenthesis" : "unexpected '" + word() + "'",
                    List.of(")", "AND", "OR"));
            pos++;
            return c;
        }
        return comparison();
    }

    private Condition comparison() throws ConditionSyntaxException {
        skipSpace();
        int at = pos;
        String name = identifier();
        if (name.isEmpty()) {
            throw error(pos >= text.length() ? "condition ends too early" : "unexpected '" + word() + "'",
                    List.of("a metric", "NOT", "("));
        }
        Metric metric = Metric.byId(name).orElse(null);
        if (metric == null) {
            pos = at;
            throw error("unknown metric '" + name + "'", metricNames());
        }
        skipSpace();
        Condition.Op op = operator();
        skipSpace();
        return new Condition.Compare(metric, op, number());
    }

    private Condition.Op operator() throws ConditionSyntaxException {
        String two = text.startsWith(">=", pos) ? ">=" : text.startsWith("<=", pos) ? "<="
                : text.startsWith("!=", pos) ? "!=" : text.startsWith("<>", pos) ? "!=" : null;
        if (two != null) {
            pos += 2;
            return two.equals(">=") ? Condition.Op.GE : two.equals("<=") ? Condition.Op.LE : Condition.Op.NE;
        }
        if (peek('>')) { pos++; return Condition.Op.GT; }
        if (peek('<')) { pos++; return Condition.Op.LT; }
        if (peek('=')) { pos++; return Condition.Op.EQ; }
        throw error(pos >= text.length() ? "condition ends after a metric" : "unexpected '" + word() + "'", OPERATORS);
    }

    private double number() throws ConditionSyntaxException {
        int start = pos;
        while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) pos++;
        String digits = text.substring(start, pos);
        if (digits.isEmpty() || digits.startsWith(".") || digits.endsWith(".") || digits.indexOf('.') != digits.lastIndexOf('.')) {
            pos = start;
            String shown = digits.isEmpty() ? word() : digits;
            throw error(pos >= text.length() ? "condition ends before a number" : "'" + shown + "' is not a number",
                    List.of("a number such as 100k, 200M, 1.5G or 50%"));
        }
        double value = Double.parseDouble(digits);
        if (pos < text.length()) {
            double m = SiNumbers.multiplier(text.charAt(pos));
            if (m > 0) {
                value *= m;
                pos++;
            }
        }
        if (pos < text.length() && Character.isLetterOrDigit(text.charAt(pos))) {
            throw error("unknown unit suffix '" + word() + "'", List.of("k", "M", "G", "T", "%"));
        }
        return value;
    }

    private boolean keyword(String k) {
        skipSpace();
        int end = pos + k.length();
        if (end > text.length() || !text.regionMatches(true, pos, k, 0, k.length())) return false;
        if (end < text.length() && isIdentifierChar(text.charAt(end))) return false;
        pos = end;
        return true;
    }

    private String identifier() {
        int start = pos;
        while (pos < text.length() && isIdentifierChar(text.charAt(pos))) pos++;
        return text.substring(start, pos);
    }

    /** The token at the cursor, for messages. */
    private String word() {
        int end = pos;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))
                && (end == pos || isIdentifierChar(text.charAt(end)) == isIdentifierChar(text.charAt(pos)))) end++;
        return text.substring(pos, Math.max(end, Math.min(pos + 1, text.length())));
    }

    private static boolean isIdentifierChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    private boolean peek(char c) {
        return pos < text.length() && text.charAt(pos) == c;
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) pos++;
    }

    private static List<String> metricNames() {
        List<String> names = new ArrayList<>();
        for (Metric m : Metric.values()) names.add(m.id());
        return names;
    }

    private ConditionSyntaxException error(String problem, List<String> expected) {
        return new ConditionSyntaxException(text, pos, problem, expected);
    }
}

package org.flowbench.filter;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Styles for an editor's syntax highlighting, from the same lexer the parser uses, so what is
 * coloured as a column is exactly what the parser reads as one. Text between tokens that is not
 * blank is a comment (the lexer skips comments).
 */
public final class FilterHighlighting {
    public enum Style { COLUMN, OPERATOR, KEYWORD, VALUE, STRING, PUNCTUATION, COMMENT, INVALID }

    /** A styled stretch {@code [start, end)} of the text. */
    public record Span(int start, int end, Style style) {}

    private static final Set<String> WORD_OPERATORS = Set.of("in", "notin", "like", "unlike", "ilike", "iunlike", "has", "hasnot");

    private static final Set<String> KEYWORDS = Set.of("and", "or", "not");

    private FilterHighlighting() {}

    /** Spans in text order, not overlapping; blanks get none. */
    public static List<Span> spans(String text) {
        List<Span> out = new ArrayList<>();
        int last = 0;
        for (Token t : Lexer.tokens(text)) {
            comments(text, last, t.start(), out);
            if (t.kind() == Token.Kind.END) break;
            if (t.end() > t.start()) out.add(new Span(t.start(), t.end(), style(t)));
            last = t.end();
        }
        return out;
    }

    private static Style style(Token t) {
        return switch (t.kind()) {
            case WORD -> {
                String w = t.text().toLowerCase(Locale.ROOT);
                if (WORD_OPERATORS.contains(w)) yield Style.OPERATOR;
                if (KEYWORDS.contains(w)) yield Style.KEYWORD;
                yield ColumnNames.lookup(t.text()).isPresent() ? Style.COLUMN : Style.VALUE;
            }
            case STRING -> Style.STRING;
            case SYMBOL -> Style.OPERATOR;
            case AND, OR, NOT -> Style.KEYWORD;
            case LPAREN, RPAREN, COMMA -> Style.PUNCTUATION;
            case INVALID -> Style.INVALID;
            case END -> Style.VALUE;
        };
    }

    private static void comments(String text, int from, int to, List<Span> out) {
        int start = -1;
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                if (start < 0) start = i;
            }
        }
        if (start >= 0) {
            int end = to;
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
            out.add(new Span(start, end, Style.COMMENT));
        }
    }
}

package org.flowbench.filter;

/** One lexical token of a filter: its kind, its text as typed, and where it sits ({@code [start, end)}). */
record Token(Kind kind, String text, int start, int end) {
    enum Kind {
        /** A bare word: column, keyword, word operator or unquoted value (address, prefix, number, name). */
        WORD,
        /** A quoted string; {@link #text} holds the unescaped content. */
        STRING,
        /** A symbolic operator: {@code = != < <= > >= << !<<}. */
        SYMBOL,
        LPAREN, RPAREN, COMMA,
        AND, OR, NOT,
        /** Text that cannot start any token (or an unterminated string or comment). */
        INVALID,
        END
    }

    boolean isWord(String keyword) {
        return kind == Kind.WORD && text.equalsIgnoreCase(keyword);
    }

    /** How an error message shows this token. */
    String describe() {
        return switch (kind) {
            case END -> "end of input";
            case STRING -> "a string";
            default -> "'" + text + "'";
        };
    }
}

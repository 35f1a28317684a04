package org.flowbench.flowspec.dialect;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits brace-structured configuration (ExaBGP, Junos, BIRD, IOS XR lines) into words and the punctuation
 * {@code { } ; [ ] ( ) ,} as given; {@code #} and {@code !} starts a comment to the end of the line when the
 * caller says so; double-quoted strings are one word without their quotes.
 */
final class Tokens {
    private final List<Token> tokens;
    private int next;
    private final Token end;

    private Tokens(List<Token> tokens, Token end) {
        this.tokens = tokens;
        this.end = end;
    }

    static Tokens of(String text, String punctuation, String commentStarts) throws DialectParseException {
        List<Token> out = new ArrayList<>();
        int line = 1, col = 1, i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n') { line++; col = 1; i++; continue; }
            if (Character.isWhitespace(c)) { col++; i++; continue; }
            if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '*' && commentStarts.indexOf('*') >= 0) {
                int close = text.indexOf("*/", i + 2);
                if (close < 0) throw new DialectParseException("comment not closed", line, col);
                for (int k = i; k < close + 2; k++) {
                    if (text.charAt(k) == '\n') { line++; col = 1; } else { col++; }
                }
                i = close + 2;
                continue;
            }
            if (commentStarts.indexOf(c) >= 0 && c != '*') {
                while (i < text.length() && text.charAt(i) != '\n') i++;
                continue;
            }
            if (c == '"') {
                int close = text.indexOf('"', i + 1);
                if (close < 0) throw new DialectParseException("string not closed", line, col);
                out.add(new Token(text.substring(i + 1, close), line, col));
                col += close + 1 - i;
                i = close + 1;
                continue;
            }
            if (punctuation.indexOf(c) >= 0) {
                out.add(new Token(String.valueOf(c), line, col));
                col++;
                i++;
                continue;
            }
            int start = i, startCol = col;
            while (i < text.length() && !Character.isWhitespace(text.charAt(i)) && punctuation.indexOf(text.charAt(i)) < 0
                    && text.charAt(i) != '"' && (commentStarts.indexOf(text.charAt(i)) < 0 || text.charAt(i) == '*')) {
                i++;
                col++;
            }
            out.add(new Token(text.substring(start, i), line, startCol));
        }
        return new Tokens(out, new Token("end of text", line, col));
    }

    boolean atEnd() { return next >= tokens.size(); }

    Token peek() { return atEnd() ? end : tokens.get(next); }

    Token take() throws DialectParseException {
        if (atEnd()) throw end.error("unexpected end of text");
        return tokens.get(next++);
    }

    Token expect(String text) throws DialectParseException {
        Token t = peek();
        if (!t.is(text)) throw t.error("expected '" + text + "' but found '" + t.text() + "'");
        return take();
    }

    boolean accept(String text) {
        if (!atEnd() && peek().is(text)) {
            next++;
            return true;
        }
        return false;
    }

    /** Words up to (and consuming) the next {@code ;}. */
    List<Token> statement() throws DialectParseException {
        List<Token> words = new ArrayList<>();
        while (!peek().is(";")) {
            if (peek().is("{") || peek().is("}")) throw peek().error("expected ';' before '" + peek().text() + "'");
            words.add(take());
        }
        take();
        return words;
    }

    /** Skips a balanced {@code { ... }} block whose opening brace is next. */
    void skipBlock() throws DialectParseException {
        expect("{");
        int depth = 1;
        while (depth > 0) {
            Token t = take();
            if (t.is("{")) depth++;
            else if (t.is("}")) depth--;
        }
    }
}

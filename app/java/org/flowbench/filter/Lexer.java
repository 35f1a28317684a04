package org.flowbench.filter;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits filter text into tokens, skipping blanks and comments ({@code -- to end of line},
 * {@code /* ... *}{@code /}). It never fails: text it cannot read becomes an INVALID token, so
 * the parser reports it with the expected tokens at that point, and completion still works on
 * text that is half typed.
 */
final class Lexer {
    private final String text;
    private int at;

    private Lexer(String text) {
        this.text = text;
    }

    /** The tokens of {@code text}, always ending with one END token. */
    static List<Token> tokens(String text) {
        Lexer lexer = new Lexer(text);
        List<Token> out = new ArrayList<>();
        Token t;
        do {
            t = lexer.next();
            out.add(t);
        } while (t.kind() != Token.Kind.END);
        return out;
    }

    private Token next() {
        Token unterminated = skipBlanksAndComments();
        if (unterminated != null) return unterminated;
        int start = at;
        if (at >= text.length()) return new Token(Token.Kind.END, "", start, start);
        char c = text.charAt(at);
        switch (c) {
            case '(': return single(Token.Kind.LPAREN);
            case ')': return single(Token.Kind.RPAREN);
            case ',': return single(Token.Kind.COMMA);
            case '"', '\'': return string(c);
            case '=': return single(Token.Kind.SYMBOL);
            case '&':
                if (startsWith("&&")) return fixed(Token.Kind.AND, 2);
                return single(Token.Kind.INVALID);
            case '|':
                if (startsWith("||")) return fixed(Token.Kind.OR, 2);
                return single(Token.Kind.INVALID);
            case '!':
                if (startsWith("!<<")) return fixed(Token.Kind.SYMBOL, 3);
                if (startsWith("!=")) return fixed(Token.Kind.SYMBOL, 2);
                return single(Token.Kind.NOT);
            case '<':
                if (startsWith("<<") || startsWith("<=") || startsWith("<>")) return fixed(Token.Kind.SYMBOL, 2);
                return single(Token.Kind.SYMBOL);
            case '>':
                if (startsWith(">=")) return fixed(Token.Kind.SYMBOL, 2);
                return single(Token.Kind.SYMBOL);
            default:
                if (isWordChar(c)) return word();
                return single(Token.Kind.INVALID);
        }
    }

    /** Skips blanks and comments; returns an INVALID token for a comment left open. */
    private Token skipBlanksAndComments() {
        while (at < text.length()) {
            char c = text.charAt(at);
            if (Character.isWhitespace(c)) {
                at++;
            } else if (startsWith("--")) {
                int nl = text.indexOf('\n', at);
                at = nl < 0 ? text.length() : nl + 1;
            } else if (startsWith("/*")) {
                int close = text.indexOf("*/", at + 2);
                if (close < 0) {
                    Token t = new Token(Token.Kind.INVALID, "/*", at, text.length());
                    at = text.length();
                    return t;
                }
                at = close + 2;
            } else {
                return null;
            }
        }
        return null;
    }

    /**
     * A word runs over letters, digits and {@code _ . : /}, plus a single {@code |} (flag
     * combinations such as {@code SYN|ACK}; {@code ||} is OR) and a single {@code -} (names such as
     * {@code ipv6-icmp}; {@code --} starts a comment).
     */
    private Token word() {
        int start = at;
        while (at < text.length()) {
            char c = text.charAt(at);
            if (isWordChar(c)) {
                at++;
            } else if ((c == '|' || c == '-') && at + 1 < text.length() && isWordChar(text.charAt(at + 1))
                    && at > start) {
                at++;
            } else {
                break;
            }
        }
        return new Token(Token.Kind.WORD, text.substring(start, at), start, at);
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == ':' || c == '/';
    }

    /** A quoted string; the quote character is escaped by doubling it or with a backslash. */
    private Token string(char quote) {
        int start = at;
        StringBuilder sb = new StringBuilder();
        at++;
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c == '\\' && at + 1 < text.length()) {
                sb.append(text.charAt(at + 1));
                at += 2;
            } else if (c == quote) {
                if (at + 1 < text.length() && text.charAt(at + 1) == quote) {
                    sb.append(quote);
                    at += 2;
                } else {
                    at++;
                    return new Token(Token.Kind.STRING, sb.toString(), start, at);
                }
            } else {
                sb.append(c);
                at++;
            }
        }
        return new Token(Token.Kind.INVALID, text.substring(start), start, at);
    }

    private boolean startsWith(String s) {
        return text.startsWith(s, at);
    }

    private Token single(Token.Kind kind) {
        return fixed(kind, 1);
    }

    private Token fixed(Token.Kind kind, int length) {
        Token t = new Token(kind, text.substring(at, at + length), at, at + length);
        at += length;
        return t;
    }
}

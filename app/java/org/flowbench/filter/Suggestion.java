package org.flowbench.filter;

/**
 * One completion: replace the text in {@code [replaceFrom, replaceTo)} with {@code insertText}.
 * {@code detail} is a short note for the popup (column description, packet count, ...).
 */
public record Suggestion(String insertText, Kind kind, String detail, int replaceFrom, int replaceTo) {
    public enum Kind { COLUMN, OPERATOR, KEYWORD, VALUE }
}

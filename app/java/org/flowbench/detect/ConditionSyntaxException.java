package org.flowbench.detect;

import java.util.List;

/** A trigger condition that does not parse: where (0-based offset, 1-based column) and what was expected. */
public final class ConditionSyntaxException extends Exception {
    private final int offset;
    private final List<String> expected;

    public ConditionSyntaxException(String text, int offset, String problem, List<String> expected) {
        super(message(text, offset, problem, expected));
        this.offset = offset;
        this.expected = List.copyOf(expected);
    }

    public int offset() { return offset; }

    /** 1-based column, the condition being one line. */
    public int column() { return offset + 1; }

    public List<String> expected() { return expected; }

    private static String message(String text, int offset, String problem, List<String> expected) {
        StringBuilder sb = new StringBuilder("column ").append(offset + 1).append(": ").append(problem);
        if (!expected.isEmpty()) sb.append("; expected ").append(String.join(" or ", expected));
        sb.append(System.lineSeparator()).append("  ").append(text).append(System.lineSeparator())
                .append("  ").append(" ".repeat(Math.max(0, offset))).append('^');
        return sb.toString();
    }
}

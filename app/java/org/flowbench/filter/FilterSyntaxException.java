package org.flowbench.filter;

import java.util.List;

/**
 * A filter that does not compile: where (offset into the text, 1-based line and column), what
 * the parser would have accepted there, and a message that says both.
 */
public final class FilterSyntaxException extends Exception {
    private final int offset;
    private final int line;
    private final int column;
    private final List<String> expected;
    private final String problem;

    FilterSyntaxException(String text, int offset, String problem, List<String> expected) {
        super(render(text, offset, problem));
        this.offset = offset;
        int[] lc = lineAndColumn(text, offset);
        this.line = lc[0];
        this.column = lc[1];
        this.expected = List.copyOf(expected);
        this.problem = problem;
    }

    /** 0-based character offset of the problem in the filter text. */
    public int offset() { return offset; }

    /** 1-based line of {@link #offset()}. */
    public int line() { return line; }

    /** 1-based column of {@link #offset()} within its line. */
    public int column() { return column; }

    /** What would have been accepted at the offset ("a column", "AND", "')'", "end of input", ...). */
    public List<String> expected() { return expected; }

    /** The message without its "line L, column C: " prefix, for an editor's tooltip. */
    public String problem() { return problem; }

    private static String render(String text, int offset, String problem) {
        int[] lc = lineAndColumn(text, offset);
        return "line " + lc[0] + ", column " + lc[1] + ": " + problem;
    }

    private static int[] lineAndColumn(String text, int offset) {
        int line = 1, lineStart = 0;
        int end = Math.min(offset, text.length());
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, offset - lineStart + 1};
    }
}

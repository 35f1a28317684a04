package org.flowbench.detect;

/**
 * A rule file that cannot be used: where (file, JSON path such as {@code rules[1].trigger}, and
 * for JSON syntax errors the line and column) and why.
 */
public final class RuleFileException extends Exception {
    private final String path;
    private final int line;
    private final int column;

    public RuleFileException(String source, String path, int line, int column, String problem, Throwable cause) {
        super(source + (path.isEmpty() ? "" : ": " + path) + (line > 0 ? " (line " + line + ", column " + column + ")" : "")
                + ": " + problem, cause);
        this.path = path;
        this.line = line;
        this.column = column;
    }

    /** JSON path of the offending value, empty for the whole document. */
    public String path() { return path; }

    /** 1-based line of a JSON syntax error, 0 when the JSON parsed and a value was wrong. */
    public int line() { return line; }

    public int column() { return column; }
}

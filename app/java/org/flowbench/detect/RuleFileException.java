package org.flowbench.detect;

/**
 * A rule file that cannot be used: where (file, path such as {@code rules[1].trigger}, and the
 * line and column in the JSON or YAML text whenever the value could be located) and why.
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

    /** Path of the offending value, empty for the whole document. */
    public String path() { return path; }

    /** 1-based line of the syntax error or of the wrong value (inside a trigger: of the problem); 0 when unknown. */
    public int line() { return line; }

    public int column() { return column; }
}

package org.flowbench.flowspec.dialect;

/** Text that a dialect cannot read, with the 1-based line and column where reading stopped. */
public final class DialectParseException extends Exception {
    private final int line;
    private final int column;
    private final String reason;

    public DialectParseException(String reason, int line, int column) {
        super("line " + line + ", column " + column + ": " + reason);
        this.reason = reason;
        this.line = line;
        this.column = column;
    }

    public int line() { return line; }

    public int column() { return column; }

    /** The message without the position. */
    public String reason() { return reason; }
}

package org.flowbench.flowspec.dialect;

/** A word or punctuation mark of a configuration text, with its 1-based position. */
record Token(String text, int line, int column) {
    boolean is(String s) { return text.equals(s); }

    DialectParseException error(String reason) { return new DialectParseException(reason, line, column); }
}

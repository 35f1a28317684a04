package org.flowbench.flowspec.dialect;

import java.util.ArrayList;
import java.util.List;

/** Splits one command line into words as a POSIX shell would for single and double quotes. */
final class ShellWords {
    private ShellWords() {}

    static List<Token> split(String line, int lineNumber) throws DialectParseException {
        List<Token> out = new ArrayList<>();
        StringBuilder word = null;
        int start = 0;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) quote = 0;
                else word.append(c);
                continue;
            }
            if (Character.isWhitespace(c)) {
                if (word != null) out.add(new Token(word.toString(), lineNumber, start + 1));
                word = null;
                continue;
            }
            if (word == null) {
                word = new StringBuilder();
                start = i;
            }
            if (c == '\'' || c == '"') quote = c;
            else if (c == '\\' && i + 1 < line.length()) word.append(line.charAt(++i));
            else word.append(c);
        }
        if (quote != 0) throw new DialectParseException("quote " + quote + " not closed", lineNumber, start + 1);
        if (word != null) out.add(new Token(word.toString(), lineNumber, start + 1));
        return out;
    }
}

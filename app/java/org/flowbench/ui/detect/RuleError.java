package org.flowbench.ui.detect;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flowbench.detect.ConditionSyntaxException;
import org.flowbench.detect.RuleFileException;

/**
 * Why rule text does not load, and where in the text: the JSON syntax error's line and column,
 * or the field a JSON path such as {@code rules[1].trigger} names (plus the column inside a
 * trigger condition), so the editor can put the caret on it.
 *
 * @param offset character offset in the text, or -1 when no place is known
 */
public record RuleError(String message, int offset, int line, int column) {
    private static final Pattern PATH = Pattern.compile("rules\\[(\\d+)]\\.(\\w+)");

    public static RuleError of(RuleFileException e, String text) {
        int offset = -1;
        if (e.line() > 0) {
            offset = offsetOf(text, e.line(), e.column());
        } else {
            Matcher m = PATH.matcher(e.path());
            if (m.lookingAt()) offset = fieldValue(text, Integer.parseInt(m.group(1)), m.group(2));
            if (offset >= 0 && e.getCause() instanceof ConditionSyntaxException c) offset += c.offset();
        }
        if (offset < 0) return new RuleError(e.getMessage(), -1, 0, 0);
        offset = Math.min(offset, text.length());
        int line = 1, lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new RuleError(e.getMessage(), offset, line, offset - lineStart + 1);
    }

    /** Line and column as the user reads them, e.g. "line 7, column 23", or "" when unknown. */
    public String position() {
        return offset < 0 ? "" : "line " + line + ", column " + column;
    }

    private static int offsetOf(String text, int line, int column) {
        int at = 0;
        for (int l = 1; l < line && at >= 0; l++) at = text.indexOf('\n', at) + 1;
        return at <= 0 && line > 1 ? -1 : at + Math.max(0, column - 1);
    }

    /**
     * Start of the value of {@code field} in the {@code index}-th rule: the rule objects are found
     * as the occurrences of their "name" field, which every rule has.
     */
    private static int fieldValue(String text, int index, String field) {
        int from = -1;
        Matcher names = Pattern.compile("\"name\"\\s*:").matcher(text);
        int seen = -1;
        // the set's own "name" comes before "rules"; count rule names only after it
        int rules = text.indexOf("\"rules\"");
        while (names.find()) {
            if (names.start() < rules) continue;
            if (++seen == index) {
                from = names.start();
                break;
            }
        }
        if (from < 0) return -1;
        Matcher value = Pattern.compile("\"" + Pattern.quote(field) + "\"\\s*:\\s*\"?").matcher(text);
        return value.find(from) ? value.end() : -1;
    }
}

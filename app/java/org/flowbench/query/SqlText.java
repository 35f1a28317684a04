package org.flowbench.query;

/** Just enough SQL lexing to find the first keyword and a second statement, skipping quotes and comments. */
final class SqlText {
    private SqlText() {}

    static String firstKeyword(String sql) {
        int i = skipBlank(sql, 0);
        while (i < sql.length() && sql.charAt(i) == '(') i = skipBlank(sql, i + 1);
        int start = i;
        while (i < sql.length() && Character.isLetter(sql.charAt(i))) i++;
        return sql.substring(start, i);
    }

    /** Whether something other than blanks and comments follows a top-level semicolon. */
    static boolean hasSecondStatement(String sql) {
        int i = 0, n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"') {
                i = skipQuoted(sql, i, c);
            } else if (startsComment(sql, i)) {
                i = skipBlank(sql, i);
            } else if (c == ';') {
                int next = skipBlank(sql, i + 1);
                while (next < n && sql.charAt(next) == ';') next = skipBlank(sql, next + 1);
                return next < n;
            } else {
                i++;
            }
        }
        return false;
    }

    private static int skipQuoted(String sql, int i, char quote) {
        i++;
        while (i < sql.length()) {
            if (sql.charAt(i) == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) { i += 2; continue; } // doubled quote
                return i + 1;
            }
            i++;
        }
        return i;
    }

    private static boolean startsComment(String sql, int i) {
        return sql.startsWith("--", i) || sql.startsWith("/*", i);
    }

    private static int skipBlank(String sql, int i) {
        int n = sql.length();
        while (i < n) {
            if (Character.isWhitespace(sql.charAt(i))) {
                i++;
            } else if (sql.startsWith("--", i)) {
                int eol = sql.indexOf('\n', i);
                i = eol < 0 ? n : eol + 1;
            } else if (sql.startsWith("/*", i)) {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else {
                break;
            }
        }
        return i;
    }
}

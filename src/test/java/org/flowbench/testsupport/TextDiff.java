package org.flowbench.testsupport;

import java.util.ArrayList;
import java.util.List;
import org.opentest4j.AssertionFailedError;

/** Compares two texts line by line and fails with a readable diff ("-" expected, "+" actual). */
public final class TextDiff {
    private TextDiff() {}

    public static void assertSameLines(String expected, String actual) {
        if (expected.equals(actual)) return;
        List<String> a = List.of(expected.split("\n", -1));
        List<String> b = List.of(actual.split("\n", -1));
        throw new AssertionFailedError("texts differ (-expected +actual):\n" + diff(a, b), expected, actual);
    }

    static String diff(List<String> a, List<String> b) {
        int[][] common = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                common[i][j] = a.get(i).equals(b.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<String> out = new ArrayList<>();
        int i = 0, j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                out.add("  " + a.get(i++));
                j++;
            } else if (j < b.size() && (i == a.size() || common[i][j + 1] >= common[i + 1][j])) {
                out.add("+ " + b.get(j++));
            } else {
                out.add("- " + a.get(i++));
            }
        }
        return String.join("\n", out);
    }
}

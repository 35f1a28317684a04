package org.flowbench.task;

import java.util.Locale;

/**
 * Counts in the messages tasks, reports and commands put in front of people: "1 rule",
 * "2 rules", "9,165 records", rather than "1 rule(s)" or "1 datagrams".
 */
public final class Nouns {
    private Nouns() {}

    /** {@code n} with thousands separators and the noun, plural unless {@code n} is 1 (regular plurals only). */
    public static String count(long n, String singular) {
        return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? singular : singular + "s");
    }
}

package org.flowbench.ingest.decode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Collects damage found during one import. Keeps the first {@link #MAX_KEPT} entries in full
 * and counts the rest, so a fuzzed multi-gigabyte file cannot exhaust memory with reports.
 */
public final class DamageLog {
    public static final int MAX_KEPT = 1000;

    private final List<Damage> kept = new ArrayList<>();
    private long total;

    public synchronized void report(Damage damage) {
        total++;
        if (kept.size() < MAX_KEPT) kept.add(damage);
    }

    public void report(long offset, String what, String expected, String found) {
        report(new Damage(offset, what, expected, found));
    }

    public synchronized long total() { return total; }

    public synchronized boolean isEmpty() { return total == 0; }

    public synchronized List<Damage> kept() { return Collections.unmodifiableList(new ArrayList<>(kept)); }
}

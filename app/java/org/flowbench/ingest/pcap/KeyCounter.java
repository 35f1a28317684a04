package org.flowbench.ingest.pcap;

import java.util.Arrays;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Counts per int key without boxing: an open-addressing table that allocates only when a new
 * key arrives, so counting every frame by link type or EtherType costs no garbage.
 */
public final class KeyCounter {
    private static final int EMPTY = Integer.MIN_VALUE;

    private int[] keys = newKeys(16);
    private long[] counts = new long[16];
    private int size;

    public void increment(int key) {
        add(key, 1);
    }

    public void add(int key, long amount) {
        if (key == EMPTY) key = EMPTY + 1; // the one key value we reserve; never a real key
        int slot = find(key);
        if (keys[slot] == EMPTY) {
            if ((size + 1) * 2 > keys.length) {
                grow();
                slot = find(key);
            }
            keys[slot] = key;
            size++;
        }
        counts[slot] += amount;
    }

    public long get(int key) {
        int slot = find(key);
        return keys[slot] == EMPTY ? 0 : counts[slot];
    }

    public int size() { return size; }

    /** A sorted copy, for reports and tests. */
    public SortedMap<Integer, Long> toMap() {
        SortedMap<Integer, Long> map = new TreeMap<>();
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != EMPTY) map.put(keys[i], counts[i]);
        }
        return map;
    }

    public void addAll(KeyCounter other) {
        for (int i = 0; i < other.keys.length; i++) {
            if (other.keys[i] != EMPTY) add(other.keys[i], other.counts[i]);
        }
    }

    @Override
    public String toString() { return toMap().toString(); }

    private int find(int key) {
        int mask = keys.length - 1;
        int slot = (key * 0x9E3779B9) >>> 16 & mask;
        while (keys[slot] != EMPTY && keys[slot] != key) slot = (slot + 1) & mask;
        return slot;
    }

    private void grow() {
        int[] oldKeys = keys;
        long[] oldCounts = counts;
        keys = newKeys(oldKeys.length * 2);
        counts = new long[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                int slot = find(oldKeys[i]);
                keys[slot] = oldKeys[i];
                counts[slot] = oldCounts[i];
            }
        }
    }

    private static int[] newKeys(int n) {
        int[] k = new int[n];
        Arrays.fill(k, EMPTY);
        return k;
    }
}

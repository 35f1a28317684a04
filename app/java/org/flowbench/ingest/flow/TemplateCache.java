package org.flowbench.ingest.flow;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Templates keyed by (exporter, protocol version, observation domain or source id, template id),
 * the per-domain state beside them, and data sets held until their template arrives.
 * Everything is bounded (least recently used exporters, templates and domains go first; held
 * sets by count, bytes and age), so a flood of random datagrams cannot grow memory.
 */
public final class TemplateCache {
    public static final int MAX_EXPORTERS = 1024;
    public static final int MAX_TEMPLATES_PER_EXPORTER = 1024;
    public static final int MAX_DOMAINS_PER_EXPORTER = 256;
    public static final int MAX_HELD_SETS = 512;
    public static final int MAX_HELD_BYTES = 8 << 20;
    /** Held data older than this (by capture or receive time) is dropped: its template is not coming. */
    public static final long MAX_HELD_AGE_MICROS = 60_000_000L;

    private final int maxExporters, maxTemplates, maxHeld;
    private final Map<ExporterStatsTable.Exporter, ExporterState> exporters;
    private final ArrayDeque<HeldDataSet> held = new ArrayDeque<>();
    /** Held sets dropped (too old, over budget, or at the end) and not yet reported; bounded like {@link #held}. */
    private final ArrayDeque<HeldDataSet> dropped = new ArrayDeque<>();
    private long droppedTotal;
    private long heldBytes;
    private long lastHi, lastLo;
    private ExporterState last;

    public TemplateCache() {
        this(MAX_EXPORTERS, MAX_TEMPLATES_PER_EXPORTER, MAX_HELD_SETS);
    }

    public TemplateCache(int maxExporters, int maxTemplatesPerExporter, int maxHeldSets) {
        this.maxExporters = maxExporters;
        this.maxTemplates = maxTemplatesPerExporter;
        this.maxHeld = maxHeldSets;
        this.exporters = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<ExporterStatsTable.Exporter, ExporterState> eldest) {
                boolean evict = size() > TemplateCache.this.maxExporters;
                if (evict && eldest.getValue() == last) last = null;
                return evict;
            }
        };
    }

    /** Template key: version in the top byte, 32-bit domain, 16-bit template id. */
    static long key(int version, long domain, int templateId) {
        return (long) version << 56 | (domain & 0xFFFF_FFFFL) << 16 | (templateId & 0xFFFF);
    }

    Template template(long hi, long lo, long key) {
        return exporter(hi, lo).templates.get(key);
    }

    void put(long hi, long lo, long key, Template template) {
        exporter(hi, lo).templates.put(key, template);
    }

    void withdraw(long hi, long lo, long key) {
        exporter(hi, lo).templates.remove(key);
    }

    /** RFC 7011 section 8.1: a withdrawal with the set id as template id removes all templates (or options templates) of the domain. */
    void withdrawAll(long hi, long lo, int version, long domain, boolean options) {
        long prefix = key(version, domain, 0);
        exporter(hi, lo).templates.entrySet().removeIf(e -> (e.getKey() & ~0xFFFFL) == prefix && e.getValue().options == options);
    }

    DomainState domain(long hi, long lo, int version, long domain) {
        return exporter(hi, lo).domains.computeIfAbsent(key(version, domain, 0), k -> new DomainState());
    }

    /** Keeps a data set for later; the oldest go when the count or byte budget is full. */
    void hold(HeldDataSet set) {
        if (set.body.length > MAX_HELD_BYTES) return;
        held.addLast(set);
        heldBytes += set.body.length;
        while (held.size() > maxHeld || heldBytes > MAX_HELD_BYTES) dropOldest();
    }

    /** Removes and returns the held data sets waiting for this template, oldest first. */
    List<HeldDataSet> release(long hi, long lo, long key) {
        if (held.isEmpty()) return List.of();
        List<HeldDataSet> out = new ArrayList<>(0);
        for (Iterator<HeldDataSet> it = held.iterator(); it.hasNext(); ) {
            HeldDataSet s = it.next();
            if (s.templateKey == key && s.exporterHi == hi && s.exporterLo == lo) {
                it.remove();
                heldBytes -= s.body.length;
                out.add(s);
            }
        }
        return out;
    }

    /** Drops held sets received more than {@link #MAX_HELD_AGE_MICROS} before {@code nowMicros}. */
    void expire(long nowMicros) {
        while (!held.isEmpty() && held.peekFirst().receivedMicros < nowMicros - MAX_HELD_AGE_MICROS) dropOldest();
    }

    public int exporterCount() {
        return exporters.size();
    }

    public int templateCount() {
        int n = 0;
        for (ExporterState e : exporters.values()) n += e.templates.size();
        return n;
    }

    public int heldCount() {
        return held.size();
    }

    public long heldBytes() {
        return heldBytes;
    }

    /** Drops every held set: the input has ended and their templates never came. */
    void dropAll() {
        while (!held.isEmpty()) dropOldest();
    }

    /** Returns the sets dropped since the last call, for the decoders to report. */
    List<HeldDataSet> drainDropped() {
        if (dropped.isEmpty()) return List.of();
        List<HeldDataSet> out = new ArrayList<>(dropped);
        dropped.clear();
        return out;
    }

    /** Held data sets dropped because their template never came, over the cache's life. */
    public long droppedTotal() {
        return droppedTotal;
    }

    private void dropOldest() {
        HeldDataSet s = held.pollFirst();
        if (s == null) return;
        heldBytes -= s.body.length;
        droppedTotal++;
        dropped.addLast(s);
        if (dropped.size() > maxHeld) dropped.pollFirst();
    }

    private ExporterState exporter(long hi, long lo) {
        if (last != null && hi == lastHi && lo == lastLo) return last;
        ExporterState e = exporters.computeIfAbsent(new ExporterStatsTable.Exporter(hi, lo), k -> new ExporterState(maxTemplates));
        lastHi = hi;
        lastLo = lo;
        last = e;
        return e;
    }

    private static final class ExporterState {
        final Map<Long, Template> templates;
        final Map<Long, DomainState> domains = new LinkedHashMap<>(4, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, DomainState> eldest) {
                return size() > MAX_DOMAINS_PER_EXPORTER;
            }
        };

        ExporterState(int maxTemplates) {
            templates = new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Long, Template> eldest) {
                    return size() > maxTemplates;
                }
            };
        }
    }
}

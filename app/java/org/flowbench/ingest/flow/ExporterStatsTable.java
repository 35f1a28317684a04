package org.flowbench.ingest.flow;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Per-exporter counters for one import or collector session, bounded so that a flood of
 * datagrams from random source addresses cannot grow memory: past {@link #MAX_EXPORTERS}
 * distinct exporters, newcomers share one {@link #others()} entry.
 */
public final class ExporterStatsTable {
    public static final int MAX_EXPORTERS = 4096;

    /** An exporter's address, IPv6-mapped as in {@link FlowRecord}. */
    public record Exporter(long hi, long lo) {}

    private final Map<Exporter, ExporterStats> byExporter = new LinkedHashMap<>();
    private final ExporterStats others = new ExporterStats();
    private final int maxExporters;
    private long lastHi, lastLo;
    private ExporterStats last;

    public ExporterStatsTable() {
        this(MAX_EXPORTERS);
    }

    public ExporterStatsTable(int maxExporters) {
        this.maxExporters = maxExporters;
    }

    /** The counters of this exporter (created on first sight), or the shared overflow entry. */
    public ExporterStats of(long hi, long lo) {
        if (last != null && hi == lastHi && lo == lastLo) return last;
        Exporter key = new Exporter(hi, lo);
        ExporterStats stats = byExporter.get(key);
        if (stats == null) {
            if (byExporter.size() >= maxExporters) return others;
            stats = new ExporterStats();
            byExporter.put(key, stats);
        }
        lastHi = hi;
        lastLo = lo;
        last = stats;
        return stats;
    }

    public ExporterStats of(ExportDatagram d) {
        return of(d.exporterHi, d.exporterLo);
    }

    /** Counters per exporter in order of first sight; the live objects, read them on the decoding thread. */
    public Map<Exporter, ExporterStats> byExporter() {
        return Collections.unmodifiableMap(byExporter);
    }

    /** Exporters that arrived after the table was full, counted together. */
    public ExporterStats others() {
        return others;
    }

    /** Sums over every exporter, for report totals and tests. */
    public ExporterStats total() {
        ExporterStats t = new ExporterStats();
        for (ExporterStats s : byExporter.values()) add(t, s);
        add(t, others);
        return t;
    }

    private static void add(ExporterStats t, ExporterStats s) {
        t.datagrams += s.datagrams;
        t.records += s.records;
        t.sequenceGaps += s.sequenceGaps;
        t.unknownTemplates += s.unknownTemplates;
        t.malformed += s.malformed;
        t.templates += s.templates;
        t.optionsRecords += s.optionsRecords;
        t.countersSkipped += s.countersSkipped;
        t.emptyBiflowDirections += s.emptyBiflowDirections;
    }
}

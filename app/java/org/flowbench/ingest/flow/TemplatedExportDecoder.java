package org.flowbench.ingest.flow;

import org.flowbench.ingest.decode.DamageLog;

/**
 * What NetFlow v9 (RFC 3954) and IPFIX (RFC 7011) share around their sets: the template cache,
 * per-exporter counters, damage reporting and data held until its template arrives. Subclasses
 * read their own header and set layout.
 */
abstract class TemplatedExportDecoder implements FlowDecoder {
    protected final TemplateCache cache;
    protected final ExporterStatsTable stats;
    protected final DatagramFaults faults;
    protected final DataSetDecoder data;
    protected final DamageLog damage;
    protected final TemplateReader reader = new TemplateReader();
    protected final ExportHeader header = new ExportHeader();
    private final int headerLength;

    TemplatedExportDecoder(TemplateCache cache, ExporterStatsTable stats, DamageLog damage, String protocol,
                           int headerLength) {
        this.cache = cache;
        this.stats = stats;
        this.faults = new DatagramFaults(damage, protocol);
        this.data = new DataSetDecoder(cache);
        this.damage = damage;
        this.headerLength = headerLength;
    }

    /** The input has ended: data still waiting for its template is reported as damage. */
    public void finish() {
        cache.dropAll();
        data.reportDropped(stats, damage);
    }

    @Override
    public void decode(ExportDatagram dg, FlowRecordHandler handler) {
        ExporterStats st = stats.of(dg);
        st.datagrams++;
        faults.begin(dg.fileOffset);
        cache.expire(dg.receivedMicros);
        if (DatagramBounds.check(dg, headerLength, faults)) decodeChecked(dg, st, handler);
        faults.end(st);
        data.reportDropped(stats, damage);
    }

    /** Decodes a datagram whose bounds and minimum header length were checked. */
    abstract void decodeChecked(ExportDatagram dg, ExporterStats st, FlowRecordHandler handler);
}

package org.flowbench.ingest.flow;

import org.flowbench.ingest.decode.DamageLog;

/**
 * NetFlow v5, v9 and IPFIX datagrams from any mix of exporters, recognised by
 * {@link FlowProtocol#sniff}; one template cache and one stats table for all of them.
 * Datagrams of no protocol we decode are counted as malformed. (sFlow datagrams are recognised
 * but left to the sFlow decoder: {@link #decode} returns their protocol so a caller can route them.)
 */
public final class FlowExportDecoder {
    private final ExporterStatsTable stats;
    private final DamageLog damage;
    private final NetflowV5Decoder v5;
    private final NetflowV9Decoder v9;
    private final IpfixDecoder ipfix;

    public FlowExportDecoder(TemplateCache cache, ExporterStatsTable stats, DamageLog damage) {
        this.stats = stats;
        this.damage = damage;
        this.v5 = new NetflowV5Decoder(cache, stats, damage);
        this.v9 = new NetflowV9Decoder(cache, stats, damage);
        this.ipfix = new IpfixDecoder(cache, stats, damage);
    }

    public FlowExportDecoder() {
        this(new TemplateCache(), new ExporterStatsTable(), new DamageLog());
    }

    /** Decodes a NetFlow/IPFIX datagram; returns the protocol it was taken for (SFLOW5: not decoded here). */
    public FlowProtocol decode(ExportDatagram dg, FlowRecordHandler handler) {
        FlowProtocol protocol = FlowProtocol.sniff(dg.data, dg.offset, dg.length);
        switch (protocol) {
            case V5 -> v5.decode(dg, handler);
            case V9 -> v9.decode(dg, handler);
            case IPFIX -> ipfix.decode(dg, handler);
            case SFLOW5 -> { }
            default -> unknown(dg);
        }
        return protocol;
    }

    /** Call at the end of the input: data still waiting for its template is reported as damage. */
    public void finish() {
        v9.finish();
        ipfix.finish();
    }

    public ExporterStatsTable stats() {
        return stats;
    }

    public DamageLog damage() {
        return damage;
    }

    private void unknown(ExportDatagram dg) {
        ExporterStats st = stats.of(dg);
        st.datagrams++;
        st.malformed++;
        boolean readable = dg.data != null && dg.offset >= 0 && dg.length >= 4 && dg.offset <= dg.data.length - dg.length;
        String found = !readable ? dg.length + " bytes"
                : ExportBytes.u16(dg.data, dg.offset) == 10 ? "IPFIX message length " + ExportBytes.u16(dg.data, dg.offset + 2) + " in a datagram of " + dg.length + " bytes"
                : "version " + ExportBytes.u16(dg.data, dg.offset) + " in " + dg.length + " bytes that fit no header";
        damage.report(Math.max(dg.fileOffset, 0), "flow export datagram" + (dg.fileOffset >= 0 ? "" : " (live)"),
                "a NetFlow v5/v9, IPFIX or sFlow v5 header", found);
    }
}

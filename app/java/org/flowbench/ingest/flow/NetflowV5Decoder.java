package org.flowbench.ingest.flow;

import static org.flowbench.ingest.flow.ExportBytes.u16;
import static org.flowbench.ingest.flow.ExportBytes.u32;
import static org.flowbench.ingest.flow.ExportBytes.u8;
import static org.flowbench.ingest.flow.FlowProtocol.V5_HEADER;
import static org.flowbench.ingest.flow.FlowProtocol.V5_RECORD;

import org.flowbench.ingest.decode.DamageLog;

/**
 * NetFlow v5 (Cisco's fixed format): a 24-byte header and up to 30 records of 48 bytes. Times
 * are sysUptime milliseconds, made absolute through the header's unix secs/nsecs.
 */
public final class NetflowV5Decoder implements FlowDecoder {
    private final TemplateCache cache;
    private final ExporterStatsTable stats;
    private final DatagramFaults faults;
    private final FlowRecord record = new FlowRecord();

    public NetflowV5Decoder(TemplateCache cache, ExporterStatsTable stats, DamageLog damage) {
        this.cache = cache;
        this.stats = stats;
        this.faults = new DatagramFaults(damage, "NetFlow v5");
    }

    @Override
    public void decode(ExportDatagram dg, FlowRecordHandler handler) {
        ExporterStats st = stats.of(dg);
        st.datagrams++;
        faults.begin(dg.fileOffset);
        if (DatagramBounds.check(dg, V5_HEADER, faults)) decodeChecked(dg, st, handler);
        faults.end(st);
    }

    private void decodeChecked(ExportDatagram dg, ExporterStats st, FlowRecordHandler handler) {
        byte[] d = dg.data;
        int base = dg.offset;
        int version = u16(d, base);
        if (version != 5) {
            faults.report(0, "header", "version 5", "version " + version);
            return;
        }
        int count = u16(d, base + 2);
        int whole = (dg.length - V5_HEADER) / V5_RECORD;
        if (count == 0 || count > whole || V5_HEADER + count * V5_RECORD != dg.length) {
            faults.report(2, "header", "a record count matching the length (" + whole + " records in " + dg.length + " bytes)",
                    "count " + count);
        }
        int records = Math.min(count, whole);
        long uptime = u32(d, base + 4);
        long exportMicros = u32(d, base + 8) * 1_000_000 + Math.min(u32(d, base + 12), 999_999_999L) / 1000;
        int engine = u16(d, base + 20);
        int sampling = u16(d, base + 22) & 0x3FFF; // top two bits: sampling mode
        DomainState domain = cache.domain(dg.exporterHi, dg.exporterLo, 5, engine);
        st.sequenceGaps += domain.sequenceGap(u32(d, base + 16), records);
        FlowRecord r = record;
        for (int i = 0, at = base + V5_HEADER; i < records; i++, at += V5_RECORD) {
            r.clear();
            r.exporterHi = dg.exporterHi;
            r.exporterLo = dg.exporterLo;
            r.domain = engine;
            r.ipVersion = 4;
            r.srcLo = FlowRecordMapper.ipv4Mapped(u32(d, at));
            r.dstLo = FlowRecordMapper.ipv4Mapped(u32(d, at + 4));
            r.inIf = u16(d, at + 12);
            r.outIf = u16(d, at + 14);
            r.packets = u32(d, at + 16);
            r.bytes = u32(d, at + 20);
            // First/last are sysUptime at the flow's first and last packet; the int cast keeps the difference right across a wrap.
            r.startMicros = exportMicros + (long) (int) (u32(d, at + 24) - uptime) * 1000;
            r.endMicros = exportMicros + (long) (int) (u32(d, at + 28) - uptime) * 1000;
            r.proto = u8(d, at + 38);
            r.tcpFlags = u8(d, at + 37);
            r.dscp = u8(d, at + 39) >> 2;
            r.srcAs = u16(d, at + 40);
            r.dstAs = u16(d, at + 42);
            if (r.proto == 1 || r.proto == 58) {
                int typeCode = u16(d, at + 34); // the v5 custom: ICMP type * 256 + code in the destination port
                r.icmpType = typeCode >> 8;
                r.icmpCode = typeCode & 0xFF;
            } else {
                r.srcPort = u16(d, at + 32);
                r.dstPort = u16(d, at + 34);
            }
            r.samplingRate = sampling == 0 ? 1 : sampling;
            r.pktLen = FlowRecordMapper.meanPacketLength(r.bytes, r.packets);
            handler.onRecord(r);
            st.records++;
        }
    }
}

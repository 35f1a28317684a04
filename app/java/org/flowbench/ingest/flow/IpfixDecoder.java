package org.flowbench.ingest.flow;

import static org.flowbench.ingest.flow.ExportBytes.u16;
import static org.flowbench.ingest.flow.ExportBytes.u32;
import static org.flowbench.ingest.flow.FlowProtocol.IPFIX_HEADER;

import org.flowbench.ingest.decode.DamageLog;

/**
 * IPFIX (RFC 7011): a 16-byte message header, then sets: 2 templates, 3 options templates,
 * 256 and above data. Sequence numbers count data records per (exporter, observation domain).
 */
public final class IpfixDecoder extends TemplatedExportDecoder {
    private static final int TEMPLATE_SET = 2, OPTIONS_SET = 3, FIRST_DATA_SET = 256;

    public IpfixDecoder(TemplateCache cache, ExporterStatsTable stats, DamageLog damage) {
        super(cache, stats, damage, "IPFIX", IPFIX_HEADER);
    }

    @Override
    void decodeChecked(ExportDatagram dg, ExporterStats st, FlowRecordHandler handler) {
        byte[] d = dg.data;
        int base = dg.offset;
        int version = u16(d, base);
        if (version != 10) {
            faults.report(0, "header", "version 10", "version " + version);
            return;
        }
        int length = u16(d, base + 2);
        if (length != dg.length) {
            faults.report(2, "message length", dg.length + " bytes (the datagram)", length + " bytes");
            if (length < IPFIX_HEADER) return;
        }
        int end = base + Math.min(length, dg.length);
        ExportHeader h = header;
        h.version = 10;
        h.exporterHi = dg.exporterHi;
        h.exporterLo = dg.exporterLo;
        h.sysUptimeMillis = -1;
        h.exportMicros = u32(d, base + 4) * 1_000_000;
        h.domain = u32(d, base + 12);
        h.fileOffset = dg.fileOffset;
        DomainState domain = cache.domain(h.exporterHi, h.exporterLo, 10, h.domain);
        long sequence = u32(d, base + 8);
        st.sequenceGaps += domain.sequenceGap(sequence, 0);
        long dataRecords = 0;
        boolean unknown = false;
        int at = base + IPFIX_HEADER;
        while (end - at >= 4) {
            int id = u16(d, at);
            int setLength = u16(d, at + 2);
            boolean overrun = setLength > end - at;
            if (setLength < 4 || overrun) {
                faults.report(at + 2 - base, "set length", "4 to " + (end - at) + " bytes", setLength + " bytes");
                if (setLength < 4 || id < FIRST_DATA_SET) break;
                setLength = end - at; // a data set cut short: keep the whole records that arrived
            }
            int body = at + 4, setEnd = at + setLength;
            if (id == TEMPLATE_SET || id == OPTIONS_SET) {
                templates(id == OPTIONS_SET, d, base, body, setEnd, st, handler);
            } else if (id >= FIRST_DATA_SET) {
                int n = data.decode(id, d, base, body, setEnd, h, dg.receivedMicros, st, handler, faults);
                if (n < 0) unknown = true;
                else dataRecords += n;
            } else {
                faults.report(at - base, "set id", "2, 3 or 256 and above", String.valueOf(id));
            }
            at = setEnd;
        }
        if (at < end) faults.report(at - base, "set", "a 4-byte set header", (end - at) + " bytes");
        // RFC 7011 section 3.1: the next message's sequence number is this one's plus its data records.
        if (unknown) domain.sequenceKnown = false;
        else domain.nextSequence = (sequence + dataRecords) & 0xFFFF_FFFFL;
    }

    /** RFC 7011 sections 3.4.1-3.4.3; a field count of 0 withdraws (section 8.1). */
    private void templates(boolean options, byte[] d, int base, int at, int end, ExporterStats st, FlowRecordHandler handler) {
        int headerLength = options ? 6 : 4;
        while (end - at >= 4) {
            int id = u16(d, at);
            int count = u16(d, at + 2);
            if (count == 0) {
                withdraw(options, id, d, base, at, end);
                at += 4;
                continue;
            }
            if (id < FIRST_DATA_SET) {
                if (!DatagramBounds.allZero(d, at, end)) {
                    faults.report(at - base, "template id", "256 or above (or zero padding)", String.valueOf(id));
                }
                return;
            }
            if (end - at < headerLength) {
                faults.report(at - base, "options template " + id, "6 header bytes", (end - at) + " bytes");
                return;
            }
            int scopeCount = options ? u16(d, at + 4) : 0;
            if (options && (scopeCount == 0 || scopeCount > count)) {
                faults.report(at + 4 - base, "options template " + id, "1 to " + count + " scope fields", String.valueOf(scopeCount));
                return;
            }
            Template t = reader.read(id, options, d, at + headerLength, end, count, 0, true);
            if (t == null) {
                faults.report(reader.end - base, "template " + id, count + " field specifiers inside the set", (end - at) + " bytes");
                return;
            }
            long key = TemplateCache.key(10, header.domain, id);
            cache.put(header.exporterHi, header.exporterLo, key, t);
            st.templates++;
            data.release(t, key, header, st, handler, faults);
            at = reader.end;
        }
    }

    private void withdraw(boolean options, int id, byte[] d, int base, int at, int end) {
        if (id == (options ? OPTIONS_SET : TEMPLATE_SET)) {
            cache.withdrawAll(header.exporterHi, header.exporterLo, 10, header.domain, options);
        } else if (id >= FIRST_DATA_SET) {
            cache.withdraw(header.exporterHi, header.exporterLo, TemplateCache.key(10, header.domain, id));
        } else if (!DatagramBounds.allZero(d, at, end)) {
            faults.report(at - base, "template withdrawal", "a template id of 256 or above", String.valueOf(id));
        }
    }
}

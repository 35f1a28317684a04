package org.flowbench.ingest.flow;

import static org.flowbench.ingest.flow.ExportBytes.u16;
import static org.flowbench.ingest.flow.ExportBytes.u32;
import static org.flowbench.ingest.flow.FlowProtocol.V9_HEADER;

import org.flowbench.ingest.decode.DamageLog;

/**
 * NetFlow v9 (RFC 3954): a 20-byte header, then flowsets: 0 templates, 1 options templates,
 * 256 and above data. Sequence numbers count datagrams per (exporter, source id).
 */
public final class NetflowV9Decoder extends TemplatedExportDecoder {
    private static final int TEMPLATE_FLOWSET = 0, OPTIONS_FLOWSET = 1, FIRST_DATA_FLOWSET = 256;

    public NetflowV9Decoder(TemplateCache cache, ExporterStatsTable stats, DamageLog damage) {
        super(cache, stats, damage, "NetFlow v9", V9_HEADER);
    }

    @Override
    void decodeChecked(ExportDatagram dg, ExporterStats st, FlowRecordHandler handler) {
        byte[] d = dg.data;
        int base = dg.offset, end = dg.offset + dg.length;
        int version = u16(d, base);
        if (version != 9) {
            faults.report(0, "header", "version 9", "version " + version);
            return;
        }
        ExportHeader h = header;
        h.version = 9;
        h.exporterHi = dg.exporterHi;
        h.exporterLo = dg.exporterLo;
        h.sysUptimeMillis = u32(d, base + 4);
        h.exportMicros = u32(d, base + 8) * 1_000_000;
        h.domain = u32(d, base + 16);
        h.fileOffset = dg.fileOffset;
        DomainState domain = cache.domain(h.exporterHi, h.exporterLo, 9, h.domain);
        st.sequenceGaps += domain.sequenceGap(u32(d, base + 12), 1);
        int at = base + V9_HEADER;
        while (end - at >= 4) {
            int id = u16(d, at);
            int length = u16(d, at + 2);
            boolean overrun = length > end - at;
            if (length < 4 || overrun && id < FIRST_DATA_FLOWSET) {
                if (!DatagramBounds.allZero(d, at, end)) {
                    faults.report(at + 2 - base, "flowset length", "4 to " + (end - at) + " bytes", length + " bytes");
                }
                return;
            }
            if (overrun) {
                // A data flowset cut short: keep the whole records that arrived.
                faults.report(at + 2 - base, "flowset length", "4 to " + (end - at) + " bytes", length + " bytes");
                length = end - at;
            }
            int body = at + 4, setEnd = at + length;
            if (id == TEMPLATE_FLOWSET) {
                templates(d, base, body, setEnd, st, handler);
            } else if (id == OPTIONS_FLOWSET) {
                optionsTemplates(d, base, body, setEnd, st, handler);
            } else if (id >= FIRST_DATA_FLOWSET) {
                data.decode(id, d, base, body, setEnd, h, dg.receivedMicros, st, handler, faults);
            }
            at = setEnd;
        }
        if (at < end && !DatagramBounds.allZero(d, at, end)) {
            faults.report(at - base, "flowset", "a 4-byte flowset header", (end - at) + " bytes");
        }
    }

    /** RFC 3954 section 5.2: template id, field count, then (type, length) pairs. */
    private void templates(byte[] d, int base, int at, int end, ExporterStats st, FlowRecordHandler handler) {
        while (end - at >= 4) {
            int id = u16(d, at);
            int count = u16(d, at + 2);
            if (id < FIRST_DATA_FLOWSET) {
                padding(d, base, at, end, "template id");
                return;
            }
            Template t = reader.read(id, false, d, at + 4, end, count, 0, false);
            if (t == null) {
                faults.report(reader.end - base, "template " + id, count + " field specifiers inside the flowset", (end - at - 4) + " bytes");
                return;
            }
            define(t, st, handler);
            at = reader.end;
        }
    }

    /** RFC 3954 section 6.1: template id, scope length and option length in bytes; scope fields are not field types. */
    private void optionsTemplates(byte[] d, int base, int at, int end, ExporterStats st, FlowRecordHandler handler) {
        while (end - at >= 6) {
            int id = u16(d, at);
            int scopeLength = u16(d, at + 2);
            int optionLength = u16(d, at + 4);
            if (id < FIRST_DATA_FLOWSET) {
                padding(d, base, at, end, "options template id");
                return;
            }
            if (scopeLength % 4 != 0 || optionLength % 4 != 0 || scopeLength + optionLength > end - at - 6) {
                faults.report(at + 2 - base, "options template " + id, "scope and option lengths, multiples of 4, inside the flowset",
                        scopeLength + " + " + optionLength + " bytes in " + (end - at - 6));
                return;
            }
            int scopeFields = scopeLength / 4;
            Template t = reader.read(id, true, d, at + 6, end, scopeFields + optionLength / 4, scopeFields, false);
            if (t == null) return; // cannot happen: the lengths were checked above
            define(t, st, handler);
            at = reader.end;
        }
    }

    private void define(Template t, ExporterStats st, FlowRecordHandler handler) {
        long key = TemplateCache.key(9, header.domain, t.id);
        cache.put(header.exporterHi, header.exporterLo, key, t);
        st.templates++;
        data.release(t, key, header, st, handler, faults);
    }

    private void padding(byte[] d, int base, int at, int end, String what) {
        if (!DatagramBounds.allZero(d, at, end)) {
            faults.report(at - base, what, "256 or above (or zero padding)", String.valueOf(u16(d, at)));
        }
    }
}

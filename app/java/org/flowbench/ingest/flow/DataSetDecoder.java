package org.flowbench.ingest.flow;

import java.util.Arrays;
import java.util.List;
import org.flowbench.ingest.decode.DamageLog;

/**
 * Data sets for NetFlow v9 and IPFIX alike: records through a known template, or held until
 * the template arrives (RFC 7011 section 8 allows a collector to keep such data).
 */
final class DataSetDecoder {
    private final TemplateCache cache;
    private final FieldValues values = new FieldValues();
    private final FlowRecordMapper mapper = new FlowRecordMapper();

    DataSetDecoder(TemplateCache cache) {
        this.cache = cache;
    }

    /**
     * Decodes (or holds) the data set body {@code [from, to)} of set {@code setId}; returns the
     * number of data records decoded, or -1 when the template was unknown.
     */
    int decode(int setId, byte[] d, int base, int from, int to, ExportHeader h, long receivedMicros, ExporterStats st,
            FlowRecordHandler handler, DatagramFaults faults) {
        long key = TemplateCache.key(h.version, h.domain, setId);
        Template t = cache.template(h.exporterHi, h.exporterLo, key);
        if (t == null) {
            st.unknownTemplates++;
            cache.hold(new HeldDataSet(h.exporterHi, h.exporterLo, key, Arrays.copyOfRange(d, from, to), h.copy(), receivedMicros));
            return -1;
        }
        DomainState domain = cache.domain(h.exporterHi, h.exporterLo, h.version, h.domain);
        return records(t, d, base, from, to, h, domain, st, handler, faults);
    }

    /**
     * Reports held data sets the cache dropped (their template never came in time) as damage of
     * the datagram that carried them, counted as malformed for its exporter.
     */
    void reportDropped(ExporterStatsTable stats, DamageLog damage) {
        for (HeldDataSet s : cache.drainDropped()) {
            stats.of(s.exporterHi, s.exporterLo).malformed++;
            String protocol = s.header.version == 9 ? "NetFlow v9" : "IPFIX";
            damage.report(Math.max(s.header.fileOffset, 0), protocol + " data set (datagram at file offset " + s.header.fileOffset + ")",
                    "template " + (s.templateKey & 0xFFFF) + " of domain " + s.header.domain + " within "
                            + TemplateCache.MAX_HELD_AGE_MICROS / 1_000_000 + " s",
                    "no such template; " + s.body.length + " bytes of data dropped");
        }
    }

    /** Decodes the data held for a template that has just arrived. */
    void release(Template t, long key, ExportHeader current, ExporterStats st, FlowRecordHandler handler, DatagramFaults faults) {
        List<HeldDataSet> waiting = cache.release(current.exporterHi, current.exporterLo, key);
        for (HeldDataSet s : waiting) {
            DomainState domain = cache.domain(s.exporterHi, s.exporterLo, s.header.version, s.header.domain);
            records(t, s.body, 0, 0, s.body.length, s.header, domain, st, handler, faults);
        }
    }

    private int records(Template t, byte[] d, int base, int from, int to, ExportHeader h, DomainState domain,
            ExporterStats st, FlowRecordHandler handler, DatagramFaults faults) {
        if (t.minLength == 0) {
            faults.report(from - base, "data set", "a template with a non-zero record length", "template " + t.id + " of 0 bytes");
            return 0;
        }
        int at = from, n = 0;
        while (to - at >= t.minLength) {
            int next = values.read(t, d, at, to);
            if (next < 0) {
                if (!DatagramBounds.allZero(d, at, to)) {
                    faults.report(at - base, "data record", "a record of template " + t.id + " within its set", (to - at) + " bytes left");
                }
                break;
            }
            if (t.options) {
                mapper.applyOptions(values, domain);
                st.optionsRecords++;
            } else {
                st.records += mapper.emit(t, values, h, domain, handler, st);
            }
            n++;
            at = next;
        }
        return n;
    }
}

package org.flowbench.bench;

import java.util.HashMap;
import java.util.Map;

/**
 * Rewrites one exporter's NetFlow v9 or IPFIX datagrams, in order, so that a repeated fixture
 * reads as one long export: fresh sequence numbers (v9: datagrams per source id, RFC 3954
 * section 5.1; IPFIX: data records per domain, RFC 7011 section 3.1) and every time moved by a
 * shift: the header's export time, absolute time fields (IE 150-157) and systemInitTime (IE 160),
 * from which sysUpTime-relative fields are computed. It follows the templates it sees to find
 * those fields and to count data records. Test scope: it trusts its (well-formed) input.
 */
final class ExportRewriter {
    private static final int SECONDS_START = 150, SECONDS_END = 151, MILLIS_START = 152, MILLIS_END = 153;
    private static final int NTP_FIRST = 154, NTP_LAST = 157, SYSTEM_INIT_MILLIS = 160;
    private static final int VARIABLE = 65535;

    /** A template's fields: type (-1 for v9 scope fields, never shifted) and length. */
    private record Layout(int[] types, int[] lengths, boolean options) {}

    private final Map<Long, Layout> templates = new HashMap<>();
    private final Map<Long, Long> nextSequence = new HashMap<>();
    private long flowRecords, optionsRecords;

    /** Data records of non-options templates seen so far: the flow records a decoder must find. */
    long flowRecords() { return flowRecords; }

    long optionsRecords() { return optionsRecords; }

    /** Rewrites d[at, at + length) in place; times move by {@code shiftSeconds}. */
    void rewrite(byte[] d, int at, int length, long shiftSeconds) {
        int version = u16(d, at);
        if (version == 9) v9(d, at, at + length, shiftSeconds);
        else if (version == 10) ipfix(d, at, at + length, shiftSeconds);
        else throw new IllegalArgumentException("not NetFlow v9 or IPFIX: version " + version);
    }

    private void v9(byte[] d, int base, int end, long shift) {
        long domain = u32(d, base + 16);
        put32(d, base + 8, u32(d, base + 8) + shift);
        long key = 9L << 40 | domain;
        long seq = nextSequence.getOrDefault(key, 0L);
        put32(d, base + 12, seq);
        nextSequence.put(key, seq + 1);
        sets(9, domain, d, base + 20, end, shift);
    }

    private void ipfix(byte[] d, int base, int end, long shift) {
        long domain = u32(d, base + 12);
        put32(d, base + 4, u32(d, base + 4) + shift);
        long key = 10L << 40 | domain;
        long seq = nextSequence.getOrDefault(key, 0L);
        put32(d, base + 8, seq);
        nextSequence.put(key, seq + sets(10, domain, d, base + 16, end, shift));
    }

    /** Walks the sets; returns the data records (flow and options) found. */
    private long sets(int version, long domain, byte[] d, int at, int end, long shift) {
        long records = 0;
        while (end - at >= 4) {
            int id = u16(d, at), length = u16(d, at + 2);
            if (length < 4 || length > end - at) throw new IllegalArgumentException("bad set length " + length);
            int body = at + 4, setEnd = at + length;
            boolean templateSet = version == 9 ? id == 0 : id == 2;
            boolean optionsSet = version == 9 ? id == 1 : id == 3;
            if (templateSet || optionsSet) templates(version, domain, optionsSet, d, body, setEnd);
            else if (id >= 256) records += data(templates.get(key(version, domain, id)), d, body, setEnd, shift);
            at = setEnd;
        }
        return records;
    }

    private void templates(int version, long domain, boolean options, byte[] d, int at, int end) {
        while (end - at >= 4) {
            int id = u16(d, at);
            if (id < 256) return;  // padding
            int fields, scope;
            if (version == 9 && options) {
                if (end - at < 6) return;
                scope = u16(d, at + 2) / 4;
                fields = scope + u16(d, at + 4) / 4;
                at += 6;
            } else if (options) {
                fields = u16(d, at + 2);
                scope = 0;
                at += 6;
            } else {
                fields = u16(d, at + 2);
                scope = 0;
                at += 4;
            }
            int[] types = new int[fields], lengths = new int[fields];
            for (int i = 0; i < fields; i++) {
                int type = u16(d, at);
                lengths[i] = u16(d, at + 2);
                at += 4;
                if (version == 10 && (type & 0x8000) != 0) {
                    at += 4;  // enterprise number: not a time field of ours
                    type = -1;
                }
                types[i] = i < scope ? -1 : type;
            }
            templates.put(key(version, domain, id), new Layout(types, lengths, options));
        }
    }

    private long data(Layout t, byte[] d, int at, int end, long shift) {
        if (t == null) throw new IllegalArgumentException("data before its template: the fixtures never do that");
        int min = 0;
        for (int len : t.lengths) min += len == VARIABLE ? 1 : len;
        long n = 0;
        while (min > 0 && end - at >= min) {
            for (int i = 0; i < t.types.length; i++) {
                int len = t.lengths[i];
                if (len == VARIABLE) {
                    len = d[at++] & 0xFF;
                    if (len == 255) {
                        len = u16(d, at);
                        at += 2;
                    }
                }
                shiftField(t.types[i], d, at, len, shift);
                at += len;
            }
            n++;
            if (t.options) optionsRecords++; else flowRecords++;
        }
        return n;
    }

    private static void shiftField(int type, byte[] d, int at, int len, long shift) {
        if (len > 8) return;
        long add;
        if (type == SECONDS_START || type == SECONDS_END) add = shift;
        else if (type == MILLIS_START || type == MILLIS_END || type == SYSTEM_INIT_MILLIS) add = shift * 1000;
        else if (type >= NTP_FIRST && type <= NTP_LAST) add = shift << 32;
        else return;
        long v = 0;
        for (int i = 0; i < len; i++) v = v << 8 | (d[at + i] & 0xFF);
        v += add;
        for (int i = len - 1; i >= 0; i--, v >>>= 8) d[at + i] = (byte) v;
    }

    private static long key(int version, long domain, int id) {
        return (long) version << 56 | domain << 16 | id;
    }

    private static int u16(byte[] d, int i) {
        return (d[i] & 0xFF) << 8 | (d[i + 1] & 0xFF);
    }

    private static long u32(byte[] d, int i) {
        return (long) u16(d, i) << 16 | u16(d, i + 2);
    }

    private static void put32(byte[] d, int i, long v) {
        d[i] = (byte) (v >>> 24);
        d[i + 1] = (byte) (v >>> 16);
        d[i + 2] = (byte) (v >>> 8);
        d[i + 3] = (byte) v;
    }
}

package org.flowbench.ingest.flow;

import static org.flowbench.ingest.flow.FlowFields.*;

/**
 * Turns the fields of one v9/IPFIX data record into {@link FlowRecord}s (two for an RFC 5103
 * biflow with reverse counters), and options records into sampling and boot-time state.
 */
final class FlowRecordMapper {
    /** Seconds from the NTP epoch (1900) to the Unix epoch (RFC 7011 section 6.1.9). */
    private static final long NTP_TO_UNIX_SECONDS = 2_208_988_800L;
    private static final long IPV4_MAPPED = 0x0000_FFFF_0000_0000L;

    private final FlowRecord record = new FlowRecord();

    /**
     * Emits the record, and for a biflow the reverse record; a biflow direction without packets
     * or bytes is counted in {@code st}, not emitted. Returns how many records were emitted.
     */
    int emit(Template t, FieldValues f, ExportHeader h, DomainState domain, FlowRecordHandler handler, ExporterStats st) {
        FlowRecord r = record;
        r.clear();
        r.exporterHi = h.exporterHi;
        r.exporterLo = h.exporterLo;
        r.domain = h.domain;
        addresses(f, r);
        r.proto = (int) (f.get(PROTO) & 0xFF) * bit(f, PROTO);
        r.srcPort = (int) (f.get(SRC_PORT) & 0xFFFF) * bit(f, SRC_PORT);
        r.dstPort = (int) (f.get(DST_PORT) & 0xFFFF) * bit(f, DST_PORT);
        r.tcpFlags = (int) (f.get(TCP_FLAGS) & 0xFF) * bit(f, TCP_FLAGS);
        r.dscp = (int) (f.get(TOS) >> 2 & 0x3F) * bit(f, TOS);
        icmp(f, r);
        if (f.has(IN_IF)) r.inIf = f.get(IN_IF);
        if (f.has(OUT_IF)) r.outIf = f.get(OUT_IF);
        if (f.has(SRC_AS)) r.srcAs = f.get(SRC_AS);
        if (f.has(DST_AS)) r.dstAs = f.get(DST_AS);
        if (f.has(VLAN)) r.vlan = (int) (f.get(VLAN) & 0xFFF);
        else if (f.has(DST_VLAN)) r.vlan = (int) (f.get(DST_VLAN) & 0xFFF);
        r.bytes = first(f, BYTES, TOTAL_BYTES, OUT_BYTES, INITIATOR_BYTES);
        r.packets = first(f, PACKETS, TOTAL_PACKETS, OUT_PACKETS, INITIATOR_PACKETS);
        r.pktLen = meanPacketLength(r.bytes, r.packets);
        times(f, h, domain, r);
        r.samplingRate = samplingRate(f, domain);
        if (!t.hasReverse) {
            handler.onRecord(r);
            return 1;
        }
        int emitted = emitDirection(r, handler, st);
        reverse(f, r);
        return emitted + emitDirection(r, handler, st);
    }

    private static int emitDirection(FlowRecord r, FlowRecordHandler handler, ExporterStats st) {
        if (r.packets == 0 && r.bytes == 0) {
            st.emptyBiflowDirections++;
            return 0;
        }
        handler.onRecord(r);
        return 1;
    }

    /** Applies an options record: sampler rates, the domain's default rate, system init time. */
    void applyOptions(FieldValues f, DomainState domain) {
        long rate = ownRate(f);
        if (rate > 0) {
            if (f.has(SAMPLER_ID)) domain.samplerRate(f.get(SAMPLER_ID), rate);
            else domain.defaultSamplingRate = rate;
        }
        if (f.has(SYSTEM_INIT_MILLIS)) domain.systemInitMillis = f.get(SYSTEM_INIT_MILLIS);
    }

    static int meanPacketLength(long bytes, long packets) {
        if (packets <= 0 || bytes <= 0) return 0;
        return (int) Math.min(65535, bytes / packets);
    }

    static long ipv4Mapped(long address) {
        return IPV4_MAPPED | (address & 0xFFFF_FFFFL);
    }

    /** The second record of a biflow: the reverse direction's counters, endpoints swapped (RFC 5103 section 5). */
    private static void reverse(FieldValues f, FlowRecord r) {
        long hi = r.srcHi, lo = r.srcLo;
        r.srcHi = r.dstHi;
        r.srcLo = r.dstLo;
        r.dstHi = hi;
        r.dstLo = lo;
        int port = r.srcPort;
        r.srcPort = r.dstPort;
        r.dstPort = port;
        long x = r.inIf;
        r.inIf = r.outIf;
        r.outIf = x;
        x = r.srcAs;
        r.srcAs = r.dstAs;
        r.dstAs = x;
        r.bytes = first(f, REV_BYTES, REV_TOTAL_BYTES, REV_BYTES, REV_BYTES);
        r.packets = first(f, REV_PACKETS, REV_TOTAL_PACKETS, REV_PACKETS, REV_PACKETS);
        r.tcpFlags = f.has(REV_TCP_FLAGS) ? (int) (f.get(REV_TCP_FLAGS) & 0xFF) : 0;
        r.pktLen = meanPacketLength(r.bytes, r.packets);
    }

    private static void addresses(FieldValues f, FlowRecord r) {
        byte[] d = f.data;
        boolean v4 = f.has(SRC_V4) || f.has(DST_V4);
        boolean v6 = f.has(SRC_V6) || f.has(DST_V6);
        boolean useV6 = v6 && (!v4 || f.has(IP_VERSION) && f.get(IP_VERSION) == 6
                || v4Zero(f, d) && !f.has(IP_VERSION));
        if (useV6) {
            r.ipVersion = 6;
            if (f.has(SRC_V6)) {
                int at = (int) f.get(SRC_V6);
                r.srcHi = ExportBytes.u64(d, at);
                r.srcLo = ExportBytes.u64(d, at + 8);
            }
            if (f.has(DST_V6)) {
                int at = (int) f.get(DST_V6);
                r.dstHi = ExportBytes.u64(d, at);
                r.dstLo = ExportBytes.u64(d, at + 8);
            }
        } else if (v4) {
            r.ipVersion = 4;
            r.srcLo = ipv4Mapped(f.has(SRC_V4) ? ExportBytes.u32(d, (int) f.get(SRC_V4)) : 0);
            r.dstLo = ipv4Mapped(f.has(DST_V4) ? ExportBytes.u32(d, (int) f.get(DST_V4)) : 0);
        } else if (f.has(IP_VERSION)) {
            r.ipVersion = (int) f.get(IP_VERSION) & 0xFF;
        }
    }

    private static boolean v4Zero(FieldValues f, byte[] d) {
        return (!f.has(SRC_V4) || ExportBytes.u32(d, (int) f.get(SRC_V4)) == 0)
                && (!f.has(DST_V4) || ExportBytes.u32(d, (int) f.get(DST_V4)) == 0);
    }

    /** ICMP type and code from their own fields, else from the destination port (type * 256 + code, the v5 custom). */
    private static void icmp(FieldValues f, FlowRecord r) {
        if (r.proto != 1 && r.proto != 58) return;
        if (f.has(ICMP_TYPE_CODE)) {
            r.icmpType = (int) (f.get(ICMP_TYPE_CODE) >> 8 & 0xFF);
            r.icmpCode = (int) (f.get(ICMP_TYPE_CODE) & 0xFF);
        } else if (f.has(ICMP_TYPE)) {
            r.icmpType = (int) (f.get(ICMP_TYPE) & 0xFF);
            r.icmpCode = (int) (f.get(ICMP_CODE) & 0xFF) * bit(f, ICMP_CODE);
        } else {
            r.icmpType = r.dstPort >> 8;
            r.icmpCode = r.dstPort & 0xFF;
        }
        r.srcPort = 0;
        r.dstPort = 0;
    }

    private static void times(FieldValues f, ExportHeader h, DomainState domain, FlowRecord r) {
        long end = absolute(f, h, domain, END_NTP_NANOS, END_NTP_MICROS, END_MILLIS, END_SECONDS, END_DELTA_MICROS, END_SYSUPTIME);
        long start = absolute(f, h, domain, START_NTP_NANOS, START_NTP_MICROS, START_MILLIS, START_SECONDS, START_DELTA_MICROS,
                START_SYSUPTIME);
        if (end == FlowRecord.NONE) {
            end = start != FlowRecord.NONE ? start + duration(f) : h.exportMicros;
        }
        if (start == FlowRecord.NONE) start = end - duration(f);
        r.endMicros = end;
        r.startMicros = start;
    }

    private static long duration(FieldValues f) {
        if (f.has(DURATION_MICROS)) return f.get(DURATION_MICROS);
        if (f.has(DURATION_MILLIS)) return f.get(DURATION_MILLIS) * 1000;
        return 0;
    }

    /** The finest absolute time the record carries for one end of the flow, in microseconds, or NONE. */
    private static long absolute(FieldValues f, ExportHeader h, DomainState domain, int nanos, int micros, int millis,
            int seconds, int delta, int sysUptime) {
        if (f.has(nanos)) return ntpMicros(f.get(nanos), false);
        if (f.has(micros)) return ntpMicros(f.get(micros), true);
        if (f.has(millis)) return f.get(millis) * 1000;
        if (f.has(seconds)) return f.get(seconds) * 1_000_000;
        if (f.has(delta)) return h.exportMicros - f.get(delta);
        if (f.has(sysUptime)) {
            long uptime = f.get(sysUptime);
            if (h.sysUptimeMillis >= 0) {
                // v5/v9: relative to the header's sysUptime; the int cast keeps the difference right across a 32-bit wrap.
                return h.exportMicros + (long) (int) (uptime - h.sysUptimeMillis) * 1000;
            }
            long init = f.has(SYSTEM_INIT_MILLIS) ? f.get(SYSTEM_INIT_MILLIS) : domain.systemInitMillis;
            if (init >= 0) return (init + uptime) * 1000;
        }
        return FlowRecord.NONE;
    }

    /** RFC 7011 section 6.1.9/6.1.10: 32-bit seconds since 1900, 32-bit fraction (low 11 bits unused for micros). */
    private static long ntpMicros(long ntp, boolean micros) {
        long seconds = (ntp >>> 32) - NTP_TO_UNIX_SECONDS;
        long fraction = ntp & 0xFFFF_FFFFL;
        if (micros) fraction &= ~0x7FFL;
        return seconds * 1_000_000 + (fraction * 1_000_000 >>> 32);
    }

    private static long samplingRate(FieldValues f, DomainState domain) {
        long own = ownRate(f);
        if (own > 0) return own;
        if (f.has(SAMPLER_ID)) return domain.samplerRate(f.get(SAMPLER_ID));
        return domain.defaultSamplingRate;
    }

    /** A rate the record states itself: interval (34, 50), interval and space (305/306), size and population (309/310); 0 if none. */
    private static long ownRate(FieldValues f) {
        if (f.has(SAMPLING_INTERVAL) && f.get(SAMPLING_INTERVAL) > 0) return f.get(SAMPLING_INTERVAL);
        if (f.has(SAMPLER_RANDOM_INTERVAL) && f.get(SAMPLER_RANDOM_INTERVAL) > 0) return f.get(SAMPLER_RANDOM_INTERVAL);
        if (f.has(PACKET_INTERVAL) && f.get(PACKET_INTERVAL) > 0) {
            long space = f.has(PACKET_SPACE) ? f.get(PACKET_SPACE) : 0;
            return (f.get(PACKET_INTERVAL) + space) / f.get(PACKET_INTERVAL);
        }
        if (f.has(SAMPLE_SIZE) && f.has(SAMPLE_POPULATION) && f.get(SAMPLE_SIZE) > 0) {
            return Math.max(1, f.get(SAMPLE_POPULATION) / f.get(SAMPLE_SIZE));
        }
        return 0;
    }

    private static long first(FieldValues f, int a, int b, int c, int d) {
        if (f.has(a)) return f.get(a);
        if (f.has(b)) return f.get(b);
        if (f.has(c)) return f.get(c);
        if (f.has(d)) return f.get(d);
        return 0;
    }

    private static int bit(FieldValues f, int target) {
        return f.has(target) ? 1 : 0;
    }
}

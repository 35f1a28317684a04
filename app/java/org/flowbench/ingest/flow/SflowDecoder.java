package org.flowbench.ingest.flow;

import org.flowbench.ingest.decode.Damage;
import org.flowbench.ingest.decode.DamageLog;
import org.flowbench.ingest.pcap.DecodeStats;
import org.flowbench.ingest.pcap.DecodedPacket;

/**
 * Decodes sFlow version 5 datagrams (sflow.org/sflow_version_5.txt) into {@link FlowRecord}s:
 * one record per flow sample (compact or expanded) that carries an IP packet, either as a raw
 * header (decoded by the capture packet decoder) or as a sampled IPv4/IPv6 record. Counter
 * samples and drop notifications are counted and skipped. sFlow carries no absolute time, so a
 * record's time is the datagram's receive time.
 *
 * <p>Pure and defensive: every length is checked before it is read; a sample that does not fit
 * its own length is reported and skipped, a datagram whose framing breaks is reported and left;
 * nothing is thrown. Not thread-safe: one decoder per thread. Allocates nothing per record.
 */
public final class SflowDecoder {
    public static final int VERSION = 5;
    /** Remembered (agent, sub-agent) pairs for sequence gaps before the table starts afresh. */
    public static final int MAX_AGENTS = 4096;

    // sample_record.sample_type, enterprise 0 (sflow_version_5.txt; format 5: sflow_drops.txt)
    static final int FLOW_SAMPLE = 1, COUNTER_SAMPLE = 2, FLOW_SAMPLE_EXPANDED = 3, COUNTER_SAMPLE_EXPANDED = 4,
            DISCARDED_PACKET = 5;

    private static final int HEADER_AFTER_AGENT = 16;     // sub_agent_id, sequence_number, uptime, samples<> count
    private static final int FLOW_SAMPLE_FIXED = 32;      // flow_sample up to its flow_records<> count
    private static final int FLOW_SAMPLE_EXPANDED_FIXED = 44;
    private static final int COUNTER_SAMPLE_FIXED = 12;   // counters_sample up to its counters<> count
    private static final int COUNTER_SAMPLE_EXPANDED_FIXED = 16;
    private static final long IPV4_MAPPED = 0x0000_FFFF_0000_0000L;

    private final DamageLog damage;
    private final SflowCounters counters = new SflowCounters();
    private final SflowCursor in = new SflowCursor();
    private final SflowFlowRecords flowRecords = new SflowFlowRecords(in, counters);
    private final SflowSample sample = new SflowSample();
    private final SflowSequences sequences = new SflowSequences(MAX_AGENTS);
    private final FlowRecord record = new FlowRecord();

    private ExportDatagram datagram;
    private ExporterStats stats;
    private FlowRecordHandler handler;
    private boolean damaged;
    private long agentHi, agentLo;
    private int subAgent;

    public SflowDecoder(DamageLog damage) {
        this.damage = damage;
    }

    public SflowCounters counters() { return counters; }

    /** What the packet decoder saw in the raw headers. */
    public DecodeStats headerStats() { return flowRecords.packetDecoder().stats(); }

    /**
     * Decodes one datagram, handing each flow record to {@code handler} (the record is reused
     * after the call). Counts into {@code stats}: datagrams, records, sequence gaps, malformed
     * datagrams, skipped counter samples and drop notifications. Problems go to the damage log
     * with the offset in the file (or in the datagram when it came live). Exceptions thrown by
     * the handler pass through.
     */
    public void decode(ExportDatagram datagram, ExporterStats stats, FlowRecordHandler handler) {
        this.datagram = datagram;
        this.stats = stats;
        this.handler = handler;
        damaged = false;
        stats.datagrams++;
        counters.datagrams++;
        try {
            decodeDatagram();
        } catch (HandlerFailure e) {
            throw e.original;
        } catch (RuntimeException e) {
            // Defence in depth: a decoder bug costs one datagram, not the import. The fuzz test keeps this at 0.
            counters.decoderErrors++;
            in.fail(in.pos, "sFlow datagram", "input the decoder handles", "an internal decoder error (" + e + ")");
            reportProblem();
        } finally {
            this.datagram = null;
            this.handler = null;
        }
        if (damaged) {
            stats.malformed++;
            counters.malformedDatagrams++;
        }
    }

    private void decodeDatagram() {
        ExportDatagram d = datagram;
        if (d.data == null || d.offset < 0 || d.length < 0 || d.offset > d.data.length - d.length) {
            in.reset(new byte[0], 0, 0);
            in.fail(0, "sFlow datagram", "bounds inside its buffer",
                    "offset " + d.offset + ", length " + d.length + (d.data == null ? ", no buffer" : ", buffer " + d.data.length));
            reportProblem();
            return;
        }
        in.reset(d.data, d.offset, d.offset + d.length);
        int end = in.end;
        if (!in.need(8, end, "sFlow datagram header")) {
            reportProblem();
            return;
        }
        long version = in.u32();
        if (version != VERSION) {
            counters.wrongVersion++;
            in.fail(in.start, "sFlow datagram version", "5", Long.toString(version));
            reportProblem();
            return;
        }
        if (!agentAddress(end) || !in.need(HEADER_AFTER_AGENT, end, "sFlow datagram header")) {
            reportProblem();
            return;
        }
        subAgent = in.i32();
        long sequence = in.u32();
        in.skip(4); // uptime: relative to the agent's boot, so no use as a time stamp
        long samples = in.u32();
        stats.sequenceGaps += sequences.gapBefore(agentHi, agentLo, subAgent, sequence);

        for (long i = 0; i < samples; i++) {
            if (!in.need(8, end, "sample_record header")) {
                reportProblem();
                return;
            }
            int sampleType = in.i32();
            int length = in.i32();
            if (length < 0 || length > end - in.pos) {
                in.fail(in.pos - 4, "sample_record length", "at most the " + (end - in.pos) + " bytes left in the datagram",
                        Integer.toUnsignedString(length));
                reportProblem();
                return;
            }
            int sampleEnd = in.pos + length;
            if (!sample(sampleType >>> 12, sampleType & 0xFFF, sampleEnd)) {
                counters.badSamples++;
                reportProblem();
            }
            in.pos = (int) Math.min(end, sampleEnd + (SflowCursor.padded(length) - length));
        }
    }

    /** sample_datagram_v5.agent_address; an unknown address (type 0) falls back to the datagram's sender. */
    private boolean agentAddress(int end) {
        long type = in.u32();
        if (type == 1) {
            if (!in.need(4, end, "sFlow agent IPv4 address")) return false;
            agentHi = 0;
            agentLo = IPV4_MAPPED | in.u32();
        } else if (type == 2) {
            if (!in.need(16, end, "sFlow agent IPv6 address")) return false;
            agentHi = in.u64();
            agentLo = in.u64();
        } else if (type == 0) {
            agentHi = datagram.exporterHi;
            agentLo = datagram.exporterLo;
        } else {
            return in.fail(in.pos - 4, "sFlow agent address type", "0, 1 (IPv4) or 2 (IPv6)", Long.toString(type));
        }
        return true;
    }

    /** One sample_record whose data spans [{@code in.pos}, {@code end}); false with the problem set when it does not fit. */
    private boolean sample(int enterprise, int format, int end) {
        if (enterprise != 0) {
            counters.otherSamples++;
            return true;
        }
        switch (format) {
            case FLOW_SAMPLE:
                counters.flowSamples++;
                return flowSample(false, end);
            case FLOW_SAMPLE_EXPANDED:
                counters.expandedFlowSamples++;
                return flowSample(true, end);
            case COUNTER_SAMPLE:
                counters.counterSamples++;
                stats.countersSkipped++;
                return counterSample(false, end);
            case COUNTER_SAMPLE_EXPANDED:
                counters.expandedCounterSamples++;
                stats.countersSkipped++;
                return counterSample(true, end);
            case DISCARDED_PACKET:
                counters.discardSamples++;
                stats.countersSkipped++;
                return true;
            default:
                counters.otherSamples++;
                return true;
        }
    }

    /** flow_sample (format 1) or flow_sample_expanded (format 3). */
    private boolean flowSample(boolean expanded, int end) {
        String what = expanded ? "flow_sample_expanded" : "flow_sample";
        if (!in.need(expanded ? FLOW_SAMPLE_EXPANDED_FIXED : FLOW_SAMPLE_FIXED, end, what)) return false;
        in.skip(expanded ? 12 : 8); // sequence_number, source_id (type and index when expanded)
        long samplingRate = in.u32();
        in.skip(8); // sample_pool, drops
        long inIf, outIf;
        if (expanded) {
            inIf = SflowSample.expandedInterface(in.u32(), in.u32());
            outIf = SflowSample.expandedInterface(in.u32(), in.u32());
        } else {
            inIf = SflowSample.compactInterface(in.u32());
            outIf = SflowSample.compactInterface(in.u32());
        }
        long records = in.u32();
        sample.begin(Math.max(1, samplingRate), inIf, outIf);
        for (long r = 0; r < records; r++) {
            if (!in.need(8, end, "flow_record header")) return false;
            int format = in.i32();
            int length = in.i32();
            if (length < 0 || length > end - in.pos) {
                return in.fail(in.pos - 4, "flow_record length", "at most the " + (end - in.pos) + " bytes left in the sample",
                        Integer.toUnsignedString(length));
            }
            int recordEnd = in.pos + length;
            if (!flowRecords.read(format >>> 12, format & 0xFFF, recordEnd, sample)) return false;
            in.pos = (int) Math.min(end, recordEnd + (SflowCursor.padded(length) - length));
        }
        emit();
        return true;
    }

    /** counters_sample (format 2) or counters_sample_expanded (format 4): records walked and counted, not read. */
    private boolean counterSample(boolean expanded, int end) {
        String what = expanded ? "counters_sample_expanded" : "counters_sample";
        if (!in.need(expanded ? COUNTER_SAMPLE_EXPANDED_FIXED : COUNTER_SAMPLE_FIXED, end, what)) return false;
        in.skip(expanded ? 12 : 8);
        long records = in.u32();
        for (long r = 0; r < records; r++) {
            if (!in.need(8, end, "counter_record header")) return false;
            in.skip(4);
            int length = in.i32();
            if (length < 0 || length > end - in.pos) {
                return in.fail(in.pos - 4, "counter_record length", "at most the " + (end - in.pos) + " bytes left in the sample",
                        Integer.toUnsignedString(length));
            }
            counters.counterRecords++;
            in.pos = (int) Math.min(end, in.pos + SflowCursor.padded(length));
        }
        return true;
    }

    private void emit() {
        DecodedPacket p = sample.packet();
        if (p == null) {
            counters.samplesWithoutIp++;
            return;
        }
        FlowRecord r = record;
        r.clear();
        r.endMicros = r.startMicros = datagram.receivedMicros;
        r.exporterHi = agentHi;
        r.exporterLo = agentLo;
        r.domain = Integer.toUnsignedLong(subAgent);
        r.inIf = sample.inIf;
        r.outIf = sample.outIf;
        r.srcHi = p.srcHi;
        r.srcLo = p.srcLo;
        r.dstHi = p.dstHi;
        r.dstLo = p.dstLo;
        r.ipVersion = p.ipVersion;
        r.proto = p.proto;
        r.srcPort = p.srcPort;
        r.dstPort = p.dstPort;
        r.icmpType = p.icmpType;
        r.icmpCode = p.icmpCode;
        r.tcpFlags = p.tcpFlags;
        r.dscp = p.dscp;
        r.frag = p.frag;
        r.vlan = sample.vlan(p);
        if (sample.gatewaySeen) {
            r.srcAs = sample.srcAs;
            r.dstAs = sample.dstAs;
        }
        r.packets = 1;
        r.bytes = p.ipBytes;
        r.pktLen = p.pktLen;
        r.samplingRate = sample.samplingRate;
        stats.records++;
        counters.recordsEmitted++;
        try {
            handler.onRecord(r);
        } catch (RuntimeException e) {
            throw new HandlerFailure(e);
        }
    }

    private void reportProblem() {
        damaged = true;
        long base = datagram.fileOffset >= 0 ? datagram.fileOffset : 0;
        damage.report(new Damage(base + in.problemOffset(), in.problemWhat(), in.problemExpected(), in.problemFound()));
        in.clearProblem();
    }

    /** Carries a handler's exception past the decoder's own safety net. */
    private static final class HandlerFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final RuntimeException original;

        HandlerFailure(RuntimeException original) {
            super(null, null, false, false);
            this.original = original;
        }
    }
}

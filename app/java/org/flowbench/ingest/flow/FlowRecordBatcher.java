package org.flowbench.ingest.flow;

import org.flowbench.schema.FlowBatch;
import org.flowbench.schema.FlowSink;

/**
 * Turns decoded flow records into {@code flows} rows, one row per record (DESIGN.md: flow
 * records are stored as they came, with sampling applied at query time), and hands full
 * batches to the sink.
 */
public final class FlowRecordBatcher implements FlowRecordHandler {
    private static final long MICROS_PER_SECOND = 1_000_000L;
    private static final long MAX_DURATION_MS = 0xFFFF_FFFFL;

    private final FlowBatch batch;
    private final FlowSink sink;
    private long records;
    /** Packets and bytes of every record so far, each multiplied by its sampling rate. */
    private long scaledPackets, scaledBytes;
    private Exception failure;

    public FlowRecordBatcher(FlowSink sink, int batchRows) {
        this.sink = sink;
        this.batch = new FlowBatch(batchRows);
    }

    @Override
    public void onRecord(FlowRecord r) {
        if (failure != null) return;
        int i = batch.size++;
        // ts is the start of the record's one-second bucket, the flow's end (DESIGN.md)
        batch.tsMicros[i] = Math.floorDiv(r.endMicros, MICROS_PER_SECOND) * MICROS_PER_SECOND;
        long durationMs = Math.max(0, r.endMicros - r.startMicros) / 1000;
        batch.durationMs[i] = Math.min(durationMs, MAX_DURATION_MS);
        batch.hasExporter[i] = true;
        batch.exporterHi[i] = r.exporterHi;
        batch.exporterLo[i] = r.exporterLo;
        batch.inIf[i] = r.inIf;
        batch.outIf[i] = r.outIf;
        batch.srcHi[i] = r.srcHi;
        batch.srcLo[i] = r.srcLo;
        batch.dstHi[i] = r.dstHi;
        batch.dstLo[i] = r.dstLo;
        batch.ipVersion[i] = (byte) r.ipVersion;
        batch.proto[i] = (short) r.proto;
        batch.srcPort[i] = r.srcPort;
        batch.dstPort[i] = r.dstPort;
        batch.icmpType[i] = (short) r.icmpType;
        batch.icmpCode[i] = (short) r.icmpCode;
        batch.tcpFlags[i] = (short) r.tcpFlags;
        batch.pktLen[i] = Math.min(0xFFFF, Math.max(0, r.pktLen));
        batch.dscp[i] = (short) r.dscp;
        batch.frag[i] = (short) r.frag;
        batch.vlan[i] = r.vlan;
        batch.srcAs[i] = r.srcAs;
        batch.dstAs[i] = r.dstAs;
        batch.packets[i] = r.packets;
        batch.bytes[i] = r.bytes;
        long rate = Math.max(1, r.samplingRate);
        batch.samplingRate[i] = rate;
        batch.flows[i] = 1;
        records++;
        scaledPackets += r.packets * rate;
        scaledBytes += r.bytes * rate;
        if (batch.isFull()) flush();
    }

    /** Hands the rows gathered so far to the sink; rethrows the first failure of the sink. */
    public void finish() throws Exception {
        flush();
        if (failure != null) throw failure;
    }

    public long records() { return records; }

    /** Packets of the records so far, scaled by their sampling rates: the traffic they estimate. */
    public long scaledPackets() { return scaledPackets; }

    /** Bytes of the records so far, scaled by their sampling rates. */
    public long scaledBytes() { return scaledBytes; }

    private void flush() {
        if (batch.size == 0 || failure != null) return;
        try {
            sink.accept(batch);
        } catch (Exception e) {
            // handlers cannot throw checked exceptions; keep the first and report it at finish
            failure = e;
        }
        batch.clear();
    }
}

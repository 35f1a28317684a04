package org.flowbench.testsupport;

import org.flowbench.schema.Addresses;
import org.flowbench.schema.FlowBatch;
import org.flowbench.store.FlowWriter;
import org.flowbench.store.Workspace;

/** Writes hand-made rows into a dataset through the real FlowWriter, for query tests. */
public final class FlowRows {
    private final FlowBatch batch = new FlowBatch(1024);

    public FlowRows row(long epochSecond, String src, String dst, int proto, int srcPort, int dstPort, long packets,
                        long bytes) {
        return row(epochSecond, src, dst, proto, srcPort, dstPort, packets, bytes, 1);
    }

    public FlowRows row(long epochSecond, String src, String dst, int proto, int srcPort, int dstPort, long packets,
                        long bytes, long samplingRate) {
        int i = batch.size++;
        long[] s = Addresses.parse(src), d = Addresses.parse(dst);
        batch.tsMicros[i] = epochSecond * 1_000_000L;
        batch.srcHi[i] = s[0];
        batch.srcLo[i] = s[1];
        batch.dstHi[i] = d[0];
        batch.dstLo[i] = d[1];
        batch.ipVersion[i] = (byte) (src.contains(":") ? 6 : 4);
        batch.proto[i] = (short) proto;
        batch.srcPort[i] = srcPort;
        batch.dstPort[i] = dstPort;
        batch.inIf[i] = FlowBatch.NULL;
        batch.outIf[i] = FlowBatch.NULL;
        batch.srcAs[i] = FlowBatch.NULL;
        batch.dstAs[i] = FlowBatch.NULL;
        batch.pktLen[i] = (int) Math.min(65535, bytes / Math.max(1, packets));
        batch.packets[i] = packets;
        batch.bytes[i] = bytes;
        batch.samplingRate[i] = samplingRate;
        batch.flows[i] = 1;
        return this;
    }

    public void writeTo(Workspace ws, long datasetId) throws Exception {
        try (FlowWriter w = new FlowWriter(ws, datasetId, batch.capacity)) {
            w.accept(batch);
        }
        batch.clear();
    }
}

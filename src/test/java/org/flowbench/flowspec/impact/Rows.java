package org.flowbench.flowspec.impact;

import org.flowbench.schema.Addresses;
import org.flowbench.schema.FlowBatch;
import org.flowbench.store.FlowWriter;
import org.flowbench.store.Workspace;

/** Hand-made {@code flows} rows with every Flowspec-relevant column, written through the real FlowWriter. */
final class Rows {
    static final long T0 = 1_700_000_000L;

    private final FlowBatch batch = new FlowBatch(4096);
    private int i = -1;

    /** Starts a row: one packet of 100 bytes from 10.0.0.1 to 192.0.2.1, UDP 1000 -> 2000 at T0. */
    Rows row() {
        i = batch.size++;
        at(0).src("10.0.0.1").dst("192.0.2.1").proto(17).ports(1000, 2000).volume(1, 100);
        batch.inIf[i] = FlowBatch.NULL;
        batch.outIf[i] = FlowBatch.NULL;
        batch.srcAs[i] = FlowBatch.NULL;
        batch.dstAs[i] = FlowBatch.NULL;
        batch.vlan[i] = 0;
        batch.samplingRate[i] = 1;
        batch.flows[i] = 1;
        return this;
    }

    Rows at(long secondsAfterT0) { batch.tsMicros[i] = (T0 + secondsAfterT0) * 1_000_000L; return this; }

    Rows src(String a) {
        long[] v = Addresses.parse(a);
        batch.srcHi[i] = v[0];
        batch.srcLo[i] = v[1];
        batch.ipVersion[i] = (byte) (a.contains(":") ? 6 : 4);
        return this;
    }

    Rows dst(String a) {
        long[] v = Addresses.parse(a);
        batch.dstHi[i] = v[0];
        batch.dstLo[i] = v[1];
        return this;
    }

    Rows proto(int p) { batch.proto[i] = (short) p; return this; }

    Rows ports(int src, int dst) { batch.srcPort[i] = src; batch.dstPort[i] = dst; return this; }

    Rows icmp(int type, int code) { batch.icmpType[i] = (short) type; batch.icmpCode[i] = (short) code; return this; }

    Rows tcpFlags(int f) { batch.tcpFlags[i] = (short) f; return this; }

    Rows len(int l) { batch.pktLen[i] = l; return this; }

    Rows dscp(int d) { batch.dscp[i] = (short) d; return this; }

    Rows frag(int f) { batch.frag[i] = (short) f; return this; }

    Rows sampling(long rate) { batch.samplingRate[i] = rate; return this; }

    /** A flow-export row: it has an exporter, and pkt_len is the mean size. */
    Rows exported() {
        batch.hasExporter[i] = true;
        long[] v = Addresses.parse("192.0.2.254");
        batch.exporterHi[i] = v[0];
        batch.exporterLo[i] = v[1];
        return this;
    }

    /** Packets and bytes; pkt_len becomes their mean. */
    Rows volume(long packets, long bytes) {
        batch.packets[i] = packets;
        batch.bytes[i] = bytes;
        batch.pktLen[i] = (int) Math.min(65535, bytes / Math.max(1, packets));
        return this;
    }

    long writeTo(Workspace ws) throws Exception {
        long id = ws.datasets().create("fixture", "fixture", 0, null, "pcap");
        try (FlowWriter w = new FlowWriter(ws, id, batch.capacity)) {
            w.accept(batch);
        }
        batch.clear();
        return id;
    }
}

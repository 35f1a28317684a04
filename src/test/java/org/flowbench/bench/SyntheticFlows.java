package org.flowbench.bench;

import java.util.SplittableRandom;
import org.flowbench.schema.Addresses;
import org.flowbench.schema.FlowBatch;

/**
 * Deterministic flood-shaped rows in time order: a few thousand destinations with a skew
 * towards the victims, about 3M possible IPv4 sources, a UDP/TCP/ICMP mix, as STACK.md's
 * 10M-row measurements used.
 */
final class SyntheticFlows {
    private final SplittableRandom random = new SplittableRandom(20240501);
    private final long startSecond;
    private final int rowsPerSecond;
    private long row;

    SyntheticFlows(long startSecond, int rowsPerSecond) {
        this.startSecond = startSecond;
        this.rowsPerSecond = rowsPerSecond;
    }

    /** Fills the batch to capacity with the next rows. */
    void fill(FlowBatch b) {
        b.clear();
        for (int i = 0; i < b.capacity; i++, row++) {
            b.tsMicros[i] = (startSecond + row / rowsPerSecond) * 1_000_000L;
            b.srcHi[i] = 0;
            b.srcLo[i] = Addresses.v4Lo(0x0B000000 + random.nextInt(3_000_000));
            int dst = random.nextInt(10) < 6 ? random.nextInt(10) : random.nextInt(5000);
            b.dstHi[i] = 0;
            b.dstLo[i] = Addresses.v4Lo(0xC6336400 + dst);
            b.ipVersion[i] = 4;
            int kind = random.nextInt(10);
            b.proto[i] = (short) (kind < 6 ? 17 : kind < 9 ? 6 : 1);
            b.srcPort[i] = b.proto[i] == 1 ? 0 : kind < 3 ? 123 : 1024 + random.nextInt(64000);
            b.dstPort[i] = b.proto[i] == 1 ? 0 : random.nextInt(3) == 0 ? 443 : random.nextInt(65536);
            b.icmpType[i] = (short) (b.proto[i] == 1 ? 8 : 0);
            b.tcpFlags[i] = (short) (b.proto[i] == 6 ? 2 : 0);
            b.pktLen[i] = 40 + random.nextInt(1460);
            b.inIf[i] = FlowBatch.NULL;
            b.outIf[i] = FlowBatch.NULL;
            b.srcAs[i] = FlowBatch.NULL;
            b.dstAs[i] = FlowBatch.NULL;
            b.packets[i] = 1 + random.nextInt(20);
            b.bytes[i] = b.packets[i] * b.pktLen[i];
            b.samplingRate[i] = 1;
            b.flows[i] = 1;
        }
        b.size = b.capacity;
    }
}

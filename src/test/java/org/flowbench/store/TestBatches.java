package org.flowbench.store;

import org.flowbench.schema.FlowBatch;

/** Writer tests' batches: n rows over ten seconds from firstSecond, NULLs and countries mixed in. */
final class TestBatches {
    private TestBatches() {}

    static void fill(FlowBatch b, long firstSecond, int n) {
        b.clear();
        for (int i = 0; i < n; i++) {
            b.tsMicros[i] = (firstSecond + i % 10) * 1_000_000L;
            b.srcLo[i] = i;
            b.inIf[i] = i % 2 == 0 ? FlowBatch.NULL : i;
            b.outIf[i] = FlowBatch.NULL;
            b.srcAs[i] = FlowBatch.NULL;
            b.dstAs[i] = FlowBatch.NULL;
            b.srcCountry[i] = i % 3 == 0 ? "FR" : null;
            b.packets[i] = 2;
            b.bytes[i] = 100;
            b.samplingRate[i] = 1;
            b.flows[i] = 1;
        }
        b.size = n;
    }
}

package org.flowbench.ingest.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.flowbench.schema.FlowBatch;
import org.junit.jupiter.api.Test;

class FlowRecordBatcherTest {
    private final List<String> rows = new ArrayList<>();

    private void collect(FlowBatch b) {
        for (int i = 0; i < b.size; i++) {
            rows.add(b.tsMicros[i] + " dur=" + b.durationMs[i] + " " + b.srcPort[i] + ">" + b.dstPort[i]
                    + " pk=" + b.packets[i] + " by=" + b.bytes[i] + " rate=" + b.samplingRate[i]
                    + " len=" + b.pktLen[i] + " in=" + b.inIf[i] + " as=" + b.srcAs[i]);
        }
    }

    private static FlowRecord record(long endMicros, int srcPort) {
        FlowRecord r = new FlowRecord();
        r.endMicros = endMicros;
        r.startMicros = endMicros - 2_500_000;
        r.srcPort = srcPort;
        r.dstPort = 53;
        r.packets = 3;
        r.bytes = 300;
        r.pktLen = 100;
        return r;
    }

    @Test
    void oneRowPerRecordInSecondBuckets() throws Exception {
        FlowRecordBatcher batcher = new FlowRecordBatcher(this::collect, 2);
        batcher.onRecord(record(1_700_000_000_900_000L, 1));
        batcher.onRecord(record(1_700_000_001_000_000L, 2));
        FlowRecord sampled = record(1_700_000_002_000_001L, 3);
        sampled.samplingRate = 0;   // an exporter that says nothing useful: stored as unsampled
        sampled.pktLen = 70_000;    // jumbo mean: clamped to the column's range
        batcher.onRecord(sampled);
        assertThat(rows).hasSize(2); // the first full batch went out on its own
        batcher.finish();
        assertThat(rows).containsExactly(
                "1700000000000000 dur=2500 1>53 pk=3 by=300 rate=1 len=100 in=-1 as=-1",
                "1700000001000000 dur=2500 2>53 pk=3 by=300 rate=1 len=100 in=-1 as=-1",
                "1700000002000000 dur=2500 3>53 pk=3 by=300 rate=1 len=65535 in=-1 as=-1");
        assertThat(batcher.records()).isEqualTo(3);
    }

    @Test
    void sinkFailureSurfacesAtFinish() {
        FlowRecordBatcher batcher = new FlowRecordBatcher(b -> { throw new IllegalStateException("disk full"); }, 1);
        batcher.onRecord(record(1_000_000, 1));
        batcher.onRecord(record(2_000_000, 2));
        assertThatThrownBy(batcher::finish).hasMessage("disk full");
    }
}

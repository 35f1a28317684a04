package org.flowbench.ingest.flow;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * src/test/resources/expected/sflow.tsv: per corpus capture, what our decoder counts and what
 * tshark 4.0 counts, with a note where they differ and why.
 */
record SflowExpectations(String file, long[] ours, long[] tshark, String note) {
    /** Column order of both groups; tshark has no records_out, so its group skips it. */
    static final List<String> OURS = List.of("datagrams", "flow_samples", "counter_samples", "drop_samples",
            "flow_records", "counter_records", "records_out", "malformed");
    static final List<String> TSHARK = List.of("datagrams", "flow_samples", "counter_samples", "drop_samples",
            "flow_records", "counter_records", "malformed");

    static List<SflowExpectations> load() throws IOException {
        List<SflowExpectations> rows = new ArrayList<>();
        try (InputStream in = SflowExpectations.class.getResourceAsStream("/expected/sflow.tsv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 1; i < lines.length; i++) {
                String[] c = lines[i].split("\t", -1);
                long[] ours = new long[OURS.size()];
                long[] tshark = new long[TSHARK.size()];
                for (int k = 0; k < ours.length; k++) ours[k] = Long.parseLong(c[1 + k]);
                for (int k = 0; k < tshark.length; k++) tshark[k] = Long.parseLong(c[1 + ours.length + k]);
                rows.add(new SflowExpectations(c[0], ours, tshark, c[1 + ours.length + tshark.length]));
            }
        }
        return rows;
    }

    /** Our counts in {@link #OURS} order. */
    static long[] count(SflowCounters c) {
        return new long[] {c.datagrams, c.flowSamples + c.expandedFlowSamples, c.counterSamples + c.expandedCounterSamples,
            c.discardSamples, c.flowRecords, c.counterRecords, c.recordsEmitted, c.malformedDatagrams};
    }

    /** Our counts in {@link #TSHARK} order, for rows where both should agree. */
    long[] oursComparableWithTshark() {
        return new long[] {ours[0], ours[1], ours[2], ours[3], ours[4], ours[5], ours[7]};
    }
}

package org.flowbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * How many per-second rows a dimension set's heavy keys would have, estimated from one second in
 * {@link #stride}: the rows of a second are that second's distinct (protocol, key) pairs, so the
 * sampled seconds' exact count scaled by all seconds over the sampled ones is unbiased, and costs
 * a filtered scan instead of the full aggregation (docs/decisions/0295). {@link #sample} copies the
 * sampled rows once per dataset; each set's estimate reads them and {@code heavy_top} (its heavy keys).
 *
 * @param sampledRows distinct (second, protocol, key) of heavy keys in the sampled seconds
 * @param seconds seconds with traffic in the dataset
 * @param sampledSeconds of those, the sampled ones
 */
record HeavyRowEstimate(long sampledRows, long seconds, long sampledSeconds) {

    /**
     * One second in the first of these that leaves at most {@link #ENOUGH_SAMPLED_SECONDS} sampled is
     * sampled: primes, so that traffic repeating every round number of seconds (10, 30, 60) does not
     * line up with the sample. Long datasets get a wider stride: copying one second in 17 of 20M rows
     * cost 1.2 s, and a thousand seconds estimate as well as four thousand.
     */
    static final int[] STRIDES = {17, 37, 79, 163, 331, 673, 1361, 2729, 5471};

    /** Sampled seconds beyond this add little to the estimate and cost a copy of their rows. */
    static final int ENOUGH_SAMPLED_SECONDS = 1024;

    /** The stride for a dataset with traffic in {@code seconds} seconds. */
    static int stride(long seconds) {
        for (int stride : STRIDES) {
            if (seconds / stride <= ENOUGH_SAMPLED_SECONDS) return stride;
        }
        return STRIDES[STRIDES.length - 1];
    }

    /** Fewer sampled seconds than this leave the estimate to chance: it is not used. */
    static final int MIN_SAMPLED_SECONDS = 16;

    /** Whether enough seconds were sampled for the estimate to mean something. */
    boolean usable() {
        return sampledSeconds >= MIN_SAMPLED_SECONDS;
    }

    /** The estimated per-second rows of the whole dataset. */
    long rows() {
        return sampledSeconds == 0 ? 0 : Math.round((double) sampledRows * seconds / sampledSeconds);
    }

    private static String sampled(String ts, int stride) {
        return "epoch_us(date_trunc('second', " + ts + ")) // 1000000 % " + stride + " = 0";
    }

    /**
     * Copies the sampled seconds' rows of the dataset (the columns the dimension sets' keys read) to
     * {@code heavy_sample}, so that the estimates of all the sets scan the dataset once, and counts
     * its seconds; the caller drops the table.
     */
    static Sample sample(Connection c, long datasetId) throws SQLException {
        long seconds = 0;
        try (PreparedStatement ps = c.prepareStatement("SELECT count(DISTINCT second) FROM rollup_second_proto WHERE dataset_id = ?")) {
            ps.setLong(1, datasetId);
            try (var rs = ps.executeQuery()) {
                rs.next();
                seconds = rs.getLong(1);
            }
        }
        int stride = stride(seconds);
        // the texts hold constants only: the stride is one of STRIDES
        try (PreparedStatement ps = c.prepareStatement("CREATE OR REPLACE TEMP TABLE heavy_sample AS SELECT"
                + " date_trunc('second', ts) AS second, proto, src_addr, src_port, dst_port FROM flows"
                + " WHERE dataset_id = ? AND " + sampled("ts", stride))) {
            ps.setLong(1, datasetId);
            ps.execute();
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT count(DISTINCT second) FROM rollup_second_proto"
                + " WHERE dataset_id = ? AND " + sampled("second", stride))) {
            ps.setLong(1, datasetId);
            try (var rs = ps.executeQuery()) {
                rs.next();
                return new Sample(seconds, rs.getLong(1));
            }
        }
    }

    /** The rows in {@code heavy_sample}: the dataset's seconds with traffic, and how many of them are sampled. */
    record Sample(long seconds, long sampledSeconds) {
        /** The estimate for a set whose heavy keys are in {@code heavy_top}. */
        HeavyRowEstimate estimate(Connection c, HeavyKeyRollup.Dims d) throws SQLException {
            // the text holds constants only: the set's key expression is one of HeavyKeyRollup's
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM (SELECT DISTINCT second, proto, " + d.key()
                    + " FROM heavy_sample SEMI JOIN (SELECT DISTINCT k FROM heavy_top) AS h ON " + d.key()
                    + " IS NOT DISTINCT FROM h.k)");
                 var rs = ps.executeQuery()) {
                rs.next();
                return new HeavyRowEstimate(rs.getLong(1), seconds, sampledSeconds);
            }
        }
    }
}

package org.flowbench.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Statement;
import org.assertj.core.data.Percentage;
import org.flowbench.testsupport.FreshWorkspaceTest;
import org.junit.jupiter.api.Test;

/**
 * The sampled estimate of a dimension set's per-second heavy rows (docs/decisions/0295) against the
 * exact count, and the decision it drives: skip building the rows only when the estimate is well
 * above the share {@link HeavyKeyRollup#worthKeeping} allows.
 */
class HeavyRowEstimateTest extends FreshWorkspaceTest {

    private static final HeavyKeyRollup.Dims SOURCES = HeavyKeyRollup.DIMS.get(0);

    @Test
    void evenTrafficIsEstimatedExactly() throws Exception {
        // 680 seconds (40 sampled), each with the same 12 (protocol, source) pairs in 3 rows each
        long id = dataset("CASE WHEN i % 2 = 0 THEN 6 ELSE 17 END", "(i // 2) % 6", 680, 36);
        HeavyRowEstimate estimate = estimate(id);
        assertThat(estimate.usable()).isTrue();
        assertThat(estimate.sampledSeconds()).isBetween(25L, 60L);
        assertThat(estimate.rows()).isEqualTo(680 * 12).isEqualTo(exact(id));
    }

    @Test
    void unevenTrafficIsEstimatedClosely() throws Exception {
        // the number of sources varies from second to second (1..97 pairs)
        long id = dataset("6", "i % (1 + hash(s) % 97)", 1700, 120);
        long exact = exact(id);
        assertThat((double) estimate(id).rows()).isCloseTo(exact, Percentage.withPercentage(15));
    }

    @Test
    void shortDatasetsAreNotEstimated() throws Exception {
        long id = dataset("6", "i", 100, 10);
        HeavyRowEstimate estimate = estimate(id);
        assertThat(estimate.usable()).as("%s", estimate).isFalse();
        assertThat(HeavyKeyRollup.clearlyTooMany(estimate, 2_000_000)).isFalse();
    }

    @Test
    void onlyAnEstimateWellAboveTheAllowedShareSkipsTheBuild() {
        long rows = 8_000_000; // an eighth: 1,000,000 rows allowed
        assertThat(HeavyKeyRollup.clearlyTooMany(new HeavyRowEstimate(1_500_001, 100, 100), rows)).isTrue();
        assertThat(HeavyKeyRollup.clearlyTooMany(new HeavyRowEstimate(1_500_000, 100, 100), rows)).isFalse();
        assertThat(HeavyKeyRollup.clearlyTooMany(new HeavyRowEstimate(1_100_000, 100, 100), rows))
                .as("above the share, but close: built and counted").isFalse();
        assertThat(HeavyKeyRollup.clearlyTooMany(new HeavyRowEstimate(9_000_000, 100, 15), rows))
                .as("too few seconds sampled").isFalse();
        assertThat(new HeavyRowEstimate(300, 1000, 60).rows()).isEqualTo(5000);
        assertThat(new HeavyRowEstimate(0, 0, 0).rows()).isZero();
    }

    @Test
    void longDatasetsSampleAPrimeStrideThatKeepsAboutAThousandSeconds() {
        assertThat(HeavyRowEstimate.stride(517)).isEqualTo(17);
        assertThat(HeavyRowEstimate.stride(17 * 1024)).isEqualTo(17);
        assertThat(HeavyRowEstimate.stride(17 * 1024 + 17)).isEqualTo(37);
        assertThat(HeavyRowEstimate.stride(65_521)).isEqualTo(79); // 18 hours: 829 seconds sampled
        assertThat(HeavyRowEstimate.stride(Long.MAX_VALUE)).isEqualTo(5471);
        for (long seconds = 1; seconds < 5_000_000; seconds = seconds * 3 + 1) {
            int stride = HeavyRowEstimate.stride(seconds);
            assertThat(seconds / stride).as("seconds %d, stride %d", seconds, stride)
                    .isLessThanOrEqualTo(HeavyRowEstimate.ENOUGH_SAMPLED_SECONDS)
                    .isGreaterThanOrEqualTo(Math.min(seconds / 17, HeavyRowEstimate.ENOUGH_SAMPLED_SECONDS / 3));
        }
    }

    @Test
    void aWideStrideStillEstimatesEvenTrafficExactly() throws Exception {
        // 40,000 seconds: stride 79, 506 seconds sampled; two sources per second
        long id = dataset("6", "i", 40_000, 2);
        HeavyRowEstimate estimate = estimate(id);
        assertThat(estimate.sampledSeconds()).isBetween(480L, 530L);
        assertThat(estimate.rows()).isEqualTo(80_000).isEqualTo(exact(id));
    }

    /** A dataset of {@code perSecond} rows in each of {@code seconds} seconds, protocol and source from row i and second s. */
    private long dataset(String proto, String source, int seconds, int perSecond) throws Exception {
        long id = ws.datasets().create("estimate", "estimate", 0, null, "flows");
        try (Statement st = ws.connection().createStatement()) {
            st.execute("INSERT INTO flows (dataset_id, ts, src_addr, dst_addr, ip_version, proto, src_port, dst_port,"
                    + " packets, bytes, sampling_rate, flows) SELECT " + id + ", TIMESTAMP '2026-11-22 10:00:00' + to_seconds(s),"
                    + " (" + source + ")::UHUGEINT + 281473913978880::UHUGEINT, 281473913978881::UHUGEINT, 4, (" + proto + ")::UTINYINT,"
                    + " 1000, 80, 1, 100, 1, 1 FROM range(" + seconds + ") AS a(s), range(" + perSecond + ") AS b(i)");
        }
        Rollups.build(ws, id); // the per-second protocol rows the estimate counts seconds from
        try (Statement st = ws.connection().createStatement()) {
            st.execute("CREATE OR REPLACE TEMP TABLE heavy_top AS SELECT DISTINCT src_addr AS k FROM flows WHERE dataset_id = " + id);
        }
        return id;
    }

    private HeavyRowEstimate estimate(long id) throws Exception {
        return HeavyRowEstimate.sample(ws.connection(), id).estimate(ws.connection(), SOURCES);
    }

    private long exact(long id) throws Exception {
        try (Statement st = ws.connection().createStatement();
             var rs = st.executeQuery("SELECT count(*) FROM (SELECT DISTINCT date_trunc('second', ts), proto, src_addr"
                     + " FROM flows WHERE dataset_id = " + id + ")")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}

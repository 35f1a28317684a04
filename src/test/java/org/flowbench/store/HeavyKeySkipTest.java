package org.flowbench.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flowbench.query.ExploreQuery;
import org.flowbench.query.Metric;
import org.flowbench.query.QuerySpec;
import org.flowbench.query.SeriesResult;
import org.flowbench.query.TopTable;
import org.flowbench.schema.FlowField;
import org.flowbench.testsupport.FreshWorkspaceTest;
import org.junit.jupiter.api.Test;

/**
 * A large dataset whose heavy keys' per-second rows would be a large share of its rows (flow
 * exports of a few thousand hosts) keeps none of them, only bounds that prove nothing, and its
 * source and port questions still give what the raw rows give (docs/decisions/0294).
 */
class HeavyKeySkipTest extends FreshWorkspaceTest {

    @Test
    void largeShareOfALargeDatasetIsNotKeptAndQueriesStillMatchTheRawRows() throws Exception {
        long id = ws.datasets().create("flow-like", "flow-like", 0, null, "flows");
        // 1.2M rows over 600 s from 3,000 sources, each always on the same port pair (50 destination
        // ports): heavy sources and pairs have rows in most seconds; the 50 ports give few per-second rows
        try (Statement st = ws.connection().createStatement()) {
            st.execute("INSERT INTO flows (dataset_id, ts, src_addr, dst_addr, ip_version, proto, src_port, dst_port,"
                    + " packets, bytes, sampling_rate, flows) SELECT " + id + ","
                    + " TIMESTAMP '2026-11-22 10:00:00' + to_microseconds((hash(i, 1) % 600000000)::BIGINT),"
                    + " (hash(i, 2) % 3000)::UHUGEINT + 281473913978880::UHUGEINT,"
                    + " (hash(i, 3) % 200)::UHUGEINT + 281473913978880::UHUGEINT, 4,"
                    + " [6, 17, 17][(1 + hash(i, 4) % 3)::BIGINT]::UTINYINT,"
                    + " (1024 + hash(i, 2) % 3000)::USMALLINT, (hash(i, 2) % 50)::USMALLINT,"
                    + " 1 + hash(i, 7) % 50, 40 + hash(i, 8) % 60000, 1, 1 FROM range(1200000) AS r(i)");
        }
        ExploreQuery explore = new ExploreQuery(ws);
        List<QuerySpec> specs = List.of(
                QuerySpec.builder(id).by(FlowField.SRC_ADDR).top(5).build(),
                QuerySpec.builder(id).by(FlowField.DST_PORT).top(4).metric(Metric.PPS).build(),
                QuerySpec.builder(id).by(FlowField.SRC_PORT, FlowField.DST_PORT).top(3).metric(Metric.FLOWS).build());
        List<SeriesResult> raw = new ArrayList<>();
        List<TopTable> rawTop = new ArrayList<>();
        for (QuerySpec s : specs) {
            raw.add(explore.series(s));
            rawTop.add(explore.top(s));
        }

        Rollups.build(ws, id);

        assertThat(count("SELECT count(*) FROM rollup_heavy_second WHERE dataset_id = " + id + " AND dims <> 'dst_port'"))
                .as("sources and port pairs: not kept").isZero();
        assertThat(count("SELECT count(*) FROM rollup_heavy_second WHERE dataset_id = " + id + " AND dims = 'dst_port'"))
                .as("destination ports: kept").isPositive();
        assertThat(count("SELECT count(*) FROM rollup_heavy_bound WHERE dataset_id = " + id + " AND dims <> 'dst_port'"
                + " AND all_protos AND isinf(packets) AND isinf(bytes) AND isinf(flows) AND isinf(l2_bytes)")).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM rollup_heavy_bound WHERE dataset_id = " + id + " AND dims <> 'dst_port'")).isEqualTo(2);
        assertThat(Rollups.heavyKeysPresent(ws.connection(), List.of(id))).as("no rebuild on the next open").isTrue();
        for (int i = 0; i < specs.size(); i++) {
            SeriesResult got = explore.series(specs.get(i));
            assertThat(got.series()).as("spec %d", i).usingRecursiveFieldByFieldElementComparator()
                    .isEqualTo(raw.get(i).series());
            TopTable top = explore.top(specs.get(i));
            assertThat(top.rows()).as("top %d", i).isEqualTo(rawTop.get(i).rows());
            assertThat(top.total()).as("top %d total", i).isEqualTo(rawTop.get(i).total());
        }
    }

    @Test
    void smallDatasetsAndSmallSharesKeepTheirRows() {
        assertThat(HeavyKeyRollup.worthKeeping(900_000, 999_999)).as("below the size that matters").isTrue();
        assertThat(HeavyKeyRollup.worthKeeping(125_000, 1_000_000)).as("an eighth").isTrue();
        assertThat(HeavyKeyRollup.worthKeeping(125_001, 1_000_000)).isFalse();
        assertThat(HeavyKeyRollup.worthKeeping(169_292, 9_599_584)).as("the Explore benchmark's sources").isTrue();
        assertThat(HeavyKeyRollup.worthKeeping(1_332_518, 5_004_090)).as("the flow-export benchmark's sources").isFalse();
    }

    private long count(String sql) throws Exception {
        try (Statement st = ws.connection().createStatement(); var rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}

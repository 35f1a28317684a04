package org.flowbench.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flowbench.filter.Filters;
import org.flowbench.filter.SqlFragment;
import org.flowbench.schema.FlowField;
import org.flowbench.store.DatasetStatus;
import org.flowbench.store.Rollups;
import org.flowbench.testsupport.FlowRows;
import org.flowbench.testsupport.FreshWorkspaceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Source and port questions read from the heavy-key rollup (docs/decisions/0260) give exactly
 * what the raw rows give, whether every key is heavy, only a few are (bounds exist), or the bound
 * cannot prove the ranking and the query falls back.
 */
class HeavyKeyRollupTest extends FreshWorkspaceTest {
    static final long T0 = 1_699_999_980L;

    ExploreQuery explore;

    @BeforeEach
    void query() {
        explore = new ExploreQuery(ws);
    }

    /**
     * 12 sources of skewed sizes (k squared), each on its own (source port, destination port) pair,
     * TCP or UDP, every second for 60 s; and two rows of noise per second on ports and sources seen
     * once or twice.
     */
    long skewed() throws Exception {
        FlowRows rows = new FlowRows();
        for (int s = 0; s < 60; s++) {
            for (int k = 1; k <= 12; k++) {
                int proto = k % 3 == 0 ? 6 : 17;
                rows.row(T0 + s, "10.0.1." + k, "192.0.2." + (1 + k % 2), proto, 1000 + k % 5, 50 + k % 4,
                        k + s % 3, 100L * k * k + s, 1 + k % 2);
            }
            rows.row(T0 + s, "10.0.9." + (s % 50), "192.0.2.9", 17, 20000 + s, 30000 + s % 40, 1, 64);
            rows.row(T0 + s, "2001:db8::" + (1 + s % 7), "192.0.2.9", 6, 40000 + s, 443, 2, 120 + s);
        }
        long id = ws.datasets().create("skewed", "skewed", 0, null, "pcap");
        rows.writeTo(ws, id);
        ws.datasets().finish(id, DatasetStatus.COMPLETE, ws.datasets().storedTotals(id), "{}");
        return id;
    }

    List<QuerySpec> specs(long id) throws Exception {
        SqlFragment udp = SqlFragment.of("proto = ?", 17);
        Instant from = Instant.ofEpochSecond(T0 + 9), to = Instant.ofEpochSecond(T0 + 47);
        return List.of(
                QuerySpec.builder(id).by(FlowField.SRC_ADDR).top(3).build(),
                QuerySpec.builder(id).by(FlowField.SRC_ADDR).top(2).metric(Metric.PPS).from(from).to(to)
                        .step(Duration.ofSeconds(7)).build(),
                QuerySpec.builder(id).by(FlowField.DST_PORT).top(2).metric(Metric.L2_BPS).filter(udp).build(),
                QuerySpec.builder(id).by(FlowField.SRC_PORT, FlowField.DST_PORT).top(3).metric(Metric.PPS).build(),
                QuerySpec.builder(id).by(FlowField.DST_PORT, FlowField.SRC_PORT).top(2).metric(Metric.FLOWS).build(),
                QuerySpec.builder(id).by(FlowField.DST_PORT).top(3).metric(Metric.BYTES).comparePrevious()
                        .from(Instant.ofEpochSecond(T0 + 30)).to(Instant.ofEpochSecond(T0 + 60)).build(),
                QuerySpec.builder(id).by(FlowField.SRC_ADDR).top(20).metric(Metric.BYTES).build(),
                QuerySpec.builder(id).by(FlowField.DST_PORT).top(2).filter(Filters.compile("proto = tcp OR proto = udp")).build(),
                QuerySpec.builder(id).by(FlowField.SRC_PORT, FlowField.DST_PORT).top(2).filter(Filters.compile("proto = tcp")).build());
    }

    @Test
    void heavyKeyAnswersEqualTheRawRowsWithAndWithoutBounds() throws Exception {
        long id = skewed();
        List<QuerySpec> specs = specs(id);
        List<SeriesResult> raw = new ArrayList<>();
        List<TopTable> rawTop = new ArrayList<>();
        for (QuerySpec s : specs) {
            raw.add(explore.series(s));
            rawTop.add(explore.top(s));
            assertThat(raw.get(raw.size() - 1).fromRollups()).isFalse();
        }
        Rollups.build(ws, id); // 1,000 keys per metric: every key heavy, no bound
        assertSame(specs, raw, rawTop, "all heavy");
        for (int i : new int[] {2, 3, 4, 7, 8}) assertThat(explore.top(specs.get(i)).fromRollups()).as("top %d", i).isTrue();
        Rollups.rebuildHeavyKeys(ws, id, 5); // bounds now: the 5th largest of each group
        assertSame(specs, raw, rawTop, "five heavy keys");
        // the pairs are ranked from the heavy keys (no other rollup holds ports): their bound held
        assertThat(explore.top(specs.get(3)).fromRollups()).isTrue();
        assertThat(explore.series(specs.get(3)).fromRollups()).isTrue();
        Rollups.rebuildHeavyKeys(ws, id, 2); // top 3 of 13 pairs cannot be proved from 2 keys: raw rows
        assertSame(specs, raw, rawTop, "two heavy keys");
        assertThat(explore.top(specs.get(3)).fromRollups()).isFalse();
    }

    private void assertSame(List<QuerySpec> specs, List<SeriesResult> raw, List<TopTable> rawTop, String state) throws Exception {
        for (int i = 0; i < specs.size(); i++) {
            SeriesResult got = explore.series(specs.get(i));
            assertThat(got.series()).as("%s: spec %d", state, i).usingRecursiveFieldByFieldElementComparator()
                    .isEqualTo(raw.get(i).series());
            assertThat(got.previous()).as("%s: spec %d previous", state, i).usingRecursiveFieldByFieldElementComparator()
                    .isEqualTo(raw.get(i).previous());
            TopTable top = explore.top(specs.get(i));
            assertThat(top.rows()).as("%s: top %d", state, i).isEqualTo(rawTop.get(i).rows());
            assertThat(top.other()).as("%s: top %d other", state, i).isEqualTo(rawTop.get(i).other());
            assertThat(top.total()).as("%s: top %d total", state, i).isEqualTo(rawTop.get(i).total());
        }
    }

    @Test
    void theBoundProvesARankingOnlyWhenEveryMissedKeyIsBelowItsLastValue() {
        Map<Integer, Double> perProto = new HashMap<>();
        perProto.put(6, 40.0);
        perProto.put(17, 10.0);
        perProto.put(1, null); // every ICMP key is heavy
        // no bound at all: every key is heavy
        assertThat(HeavyBound.exact(null, perProto, null, 0, 0, 11)).isTrue();
        // over all protocols the bound is 100: the last kept value must be above it, with N + 1 keys found
        assertThat(HeavyBound.exact(100.0, perProto, null, 11, 101, 11)).isTrue();
        assertThat(HeavyBound.exact(100.0, perProto, null, 11, 100, 11)).as("a tie could sort first").isFalse();
        assertThat(HeavyBound.exact(100.0, perProto, null, 10, 500, 11)).as("fewer keys than asked").isFalse();
        // a filter keeping UDP only: a missed key has at most UDP's bound, 10
        assertThat(HeavyBound.exact(100.0, perProto, List.of(17), 11, 11, 11)).isTrue();
        assertThat(HeavyBound.exact(100.0, perProto, Arrays.asList(17, 6), 11, 49, 11)).isFalse();
        assertThat(HeavyBound.exact(100.0, perProto, Arrays.asList(17, 6), 11, 51, 11)).isTrue();
        // only protocols whose keys are all heavy, or no rows at all: nothing can be missed
        assertThat(HeavyBound.exact(100.0, perProto, List.of(1), 3, 1, 11)).isTrue();
        assertThat(HeavyBound.exact(100.0, perProto, List.of(), 0, 0, 11)).isTrue();
        // a protocol without a bound row (or a NULL protocol) knows nothing: the overall bound
        assertThat(HeavyBound.exact(100.0, perProto, Arrays.asList(17, null), 11, 50, 11)).isFalse();
        assertThat(HeavyBound.exact(100.0, perProto, Arrays.asList(17, null), 11, 101, 11)).isTrue();
        // no per-protocol bounds kept (sources, pairs): the overall bound
        assertThat(HeavyBound.exact(100.0, Map.of(), List.of(17), 11, 50, 11)).isFalse();
    }
}

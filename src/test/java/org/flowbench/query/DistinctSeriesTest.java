package org.flowbench.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.flowbench.filter.SqlFragment;
import org.flowbench.schema.Addresses;
import org.flowbench.schema.FlowField;
import org.flowbench.store.DatasetStatus;
import org.flowbench.testsupport.FlowRows;
import org.flowbench.testsupport.FreshWorkspaceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Distinct sources per destination (docs/decisions/0291): series values, whole-range totals of
 * the ranked keys and of Other, on seeded IPv4 and IPv6 rows, against sets counted here in Java.
 */
class DistinctSeriesTest extends FreshWorkspaceTest {
    static final long T0 = 1_699_999_980L; // a multiple of 60

    record Row(long second, String src, String dst, int proto) {}

    final List<Row> rows = new ArrayList<>();
    ExploreQuery explore;
    long id;

    @BeforeEach
    void seededRows() throws Exception {
        Random random = new Random(291);
        List<String> dsts = List.of("192.0.2.1", "192.0.2.2", "192.0.2.3", "192.0.2.4", "198.51.100.7",
                "2001:db8::1", "2001:db8::2", "203.0.113.9");
        FlowRows out = new FlowRows();
        for (int i = 0; i < 600; i++) {
            // skewed: low-index destinations get more rows
            String dst = dsts.get(Math.min(random.nextInt(dsts.size()), random.nextInt(dsts.size())));
            String src = random.nextInt(5) == 0 ? "2001:db8:5::" + Integer.toHexString(1 + random.nextInt(30))
                    : "10.0." + random.nextInt(3) + "." + (1 + random.nextInt(60));
            Row r = new Row(T0 + random.nextInt(10), src, dst, random.nextBoolean() ? 17 : 6);
            rows.add(r);
            out.row(r.second(), r.src(), r.dst(), r.proto(), 1000, 53, 1, 100);
        }
        id = ws.datasets().create("distinct", "distinct", 0, null, "pcap");
        out.writeTo(ws, id);
        ws.datasets().finish(id, DatasetStatus.COMPLETE, ws.datasets().storedTotals(id), "{}");
        explore = new ExploreQuery(ws);
    }

    @Test
    void wholeRangeTopThreeWithOther() throws Exception {
        check(QuerySpec.builder(id).by(FlowField.DST_ADDR).top(3).metric(Metric.DISTINCT_SOURCES).build(), null);
    }

    @Test
    void subRangeInTwoSecondBuckets() throws Exception {
        check(QuerySpec.builder(id).by(FlowField.DST_ADDR).top(2).metric(Metric.DISTINCT_SOURCES)
                .from(Instant.ofEpochSecond(T0 + 2)).to(Instant.ofEpochSecond(T0 + 8)).step(Duration.ofSeconds(2)).build(), null);
    }

    @Test
    void filteredOnProtocol() throws Exception {
        check(QuerySpec.builder(id).by(FlowField.DST_ADDR).top(3).metric(Metric.DISTINCT_SOURCES)
                .filter(SqlFragment.of("proto = ?", 17)).build(), 17);
    }

    @Test
    void everyKeyRankedLeavesNoOther() throws Exception {
        SeriesResult r = check(QuerySpec.builder(id).by(FlowField.DST_ADDR).top(20).metric(Metric.DISTINCT_SOURCES).build(), null);
        assertThat(r.series()).noneMatch(Series::other);
    }

    @Test
    void previousPeriodCountsItsOwnTotals() throws Exception {
        QuerySpec spec = QuerySpec.builder(id).by(FlowField.DST_ADDR).top(2).metric(Metric.DISTINCT_SOURCES)
                .from(Instant.ofEpochSecond(T0 + 5)).to(Instant.ofEpochSecond(T0 + 10)).comparePrevious().build();
        SeriesResult r = check(spec, null);
        assertThat(r.previousShift()).isEqualTo(Duration.ofSeconds(5));
        List<String> keys = new ArrayList<>();
        for (Series s : r.series()) if (!s.other()) keys.add(s.keys().get(0));
        TimeGrid back = r.grid().shiftedBack(r.previousShift());
        expectSeries(r.previous(), keys, back, null, true);
    }

    /** Compares the series of {@code spec} with the ranking and counts worked out here. */
    private SeriesResult check(QuerySpec spec, Integer proto) throws Exception {
        SeriesResult r = explore.series(spec);
        TimeGrid grid = r.grid();
        Map<String, Set<String>> perDst = new HashMap<>();
        for (Row row : rows) {
            if (in(row, grid, proto)) perDst.computeIfAbsent(key(row.dst()), k -> new HashSet<>()).add(row.src());
        }
        List<String> ranked = new ArrayList<>(perDst.keySet());
        ranked.sort(Comparator.<String>comparingInt(k -> -perDst.get(k).size()).thenComparing(DistinctSeriesTest::unsigned));
        List<String> top = ranked.subList(0, Math.min(spec.topN(), ranked.size()));
        expectSeries(r.series(), top, grid, proto, ranked.size() > spec.topN());
        return r;
    }

    private void expectSeries(List<Series> actual, List<String> top, TimeGrid grid, Integer proto, boolean withOther) {
        List<List<Set<String>>> buckets = new ArrayList<>();
        List<Set<String>> totals = new ArrayList<>();
        for (int s = 0; s <= top.size(); s++) { // the last one is Other
            List<Set<String>> b = new ArrayList<>();
            for (int i = 0; i < grid.buckets(); i++) b.add(new HashSet<>());
            buckets.add(b);
            totals.add(new HashSet<>());
        }
        for (Row row : rows) {
            if (!in(row, grid, proto)) continue;
            int s = top.indexOf(key(row.dst()));
            if (s < 0) s = top.size();
            int b = (int) ((row.second() - grid.origin().getEpochSecond()) / grid.stepSeconds());
            buckets.get(s).get(b).add(row.src());
            totals.get(s).add(row.src());
        }
        boolean other = withOther && !totals.get(top.size()).isEmpty();
        assertThat(actual).hasSize(top.size() + (other ? 1 : 0));
        for (int s = 0; s < actual.size(); s++) {
            Series series = actual.get(s);
            assertThat(series.other()).isEqualTo(s == top.size());
            if (!series.other()) assertThat(series.keys()).containsExactly(top.get(s));
            double[] expected = new double[grid.buckets()];
            for (int b = 0; b < expected.length; b++) expected[b] = buckets.get(s).get(b).size();
            assertThat(series.values()).as("%s per bucket", series.label()).containsExactly(expected);
            assertThat(series.stats().total()).as("%s over the range", series.label()).isEqualTo(totals.get(s).size());
        }
    }

    private static boolean in(Row row, TimeGrid grid, Integer proto) {
        return row.second() >= grid.from().getEpochSecond() && row.second() < grid.to().getEpochSecond()
                && (proto == null || row.proto() == proto);
    }

    private static String key(String address) {
        long[] a = Addresses.parse(address);
        return Addresses.format(a[0], a[1]);
    }

    /** Addresses in the order DuckDB sorts their UHUGEINT form (the ranking's tie-break). */
    private static int unsigned(String a, String b) {
        long[] x = Addresses.parse(a), y = Addresses.parse(b);
        int c = Long.compareUnsigned(x[0], y[0]);
        return c != 0 ? c : Long.compareUnsigned(x[1], y[1]);
    }
}

package org.flowbench.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.flowbench.filter.SqlFragment;
import org.flowbench.schema.FlowField;
import org.flowbench.store.DatasetStatus;
import org.flowbench.store.Rollups;
import org.flowbench.testsupport.FlowRows;
import org.flowbench.testsupport.FreshWorkspaceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Explore series and top-N tables over hand-made rows whose answers are worked out by hand. */
class ExploreQueryTest extends FreshWorkspaceTest {
    static final long T0 = 1_699_999_980L; // a multiple of 60 (seconds)

    ExploreQuery explore;

    @BeforeEach
    void query() {
        explore = new ExploreQuery(ws);
    }

    long dataset(String name, FlowRows rows) throws Exception {
        long id = ws.datasets().create(name, name, 0, null, "pcap");
        rows.writeTo(ws, id);
        ws.datasets().finish(id, DatasetStatus.COMPLETE, ws.datasets().storedTotals(id), "{}");
        return id;
    }

    /** Five destinations .1 .. .5 with 100 .. 500 bytes in each of 4 seconds, 1 packet per 100 bytes. */
    long fiveDestinations() throws Exception {
        FlowRows rows = new FlowRows();
        for (int s = 0; s < 4; s++) {
            for (int d = 1; d <= 5; d++) rows.row(T0 + s, "10.0.0.9", "192.0.2." + d, 17, 53, 1000 + d, d, 100L * d);
        }
        return dataset("five", rows);
    }

    @Test
    void topSeriesPlusOtherAddUpToTheTotalInEveryBucket() throws Exception {
        long id = fiveDestinations();
        SeriesResult split = explore.series(QuerySpec.builder(id).by(FlowField.DST_ADDR).top(2).metric(Metric.BYTES).build());
        SeriesResult total = explore.series(QuerySpec.builder(id).metric(Metric.BYTES).build());

        assertThat(split.bucketStarts()).containsExactly(Instant.ofEpochSecond(T0), Instant.ofEpochSecond(T0 + 1),
                Instant.ofEpochSecond(T0 + 2), Instant.ofEpochSecond(T0 + 3));
        assertThat(split.series()).extracting(Series::label).containsExactly("192.0.2.5", "192.0.2.4", "Other");
        assertThat(split.series().get(0).values()).containsExactly(500, 500, 500, 500);
        assertThat(split.series().get(2).values()).containsExactly(600, 600, 600, 600);
        assertThat(split.series().get(2).other()).isTrue();
        assertThat(total.series()).singleElement().satisfies(s -> {
            assertThat(s.label()).isEqualTo("Total");
            assertThat(s.values()).containsExactly(1500, 1500, 1500, 1500);
            assertThat(s.stats()).isEqualTo(new SeriesStats(1500, 1500, 1500, 1500, 6000));
        });
        for (int b = 0; b < 4; b++) {
            double sum = 0;
            for (Series s : split.series()) sum += s.values()[b];
            assertThat(sum).isEqualTo(total.series().get(0).values()[b]);
        }
    }

    @Test
    void ratesArePerSecondOfTheBucketAndLayerTwoAdds18BytesPerPacket() throws Exception {
        long id = fiveDestinations();
        QuerySpec bps = QuerySpec.builder(id).by(FlowField.DST_ADDR).step(Duration.ofSeconds(2)).build();
        SeriesResult l3 = explore.series(bps);
        SeriesResult l2 = explore.series(bps.toBuilder().metric(Metric.L2_BPS).build());
        SeriesResult pps = explore.series(bps.toBuilder().metric(Metric.PPS).build());
        assertThat(l3.grid().stepSeconds()).isEqualTo(2);
        // 192.0.2.5: 500 bytes and 5 packets a second
        assertThat(l3.series().get(0).values()).containsExactly(4000, 4000);
        assertThat(pps.series().get(0).values()).containsExactly(5, 5);
        for (int i = 0; i < l3.series().size(); i++) {
            for (int b = 0; b < 2; b++) {
                double l3Value = l3.series().get(i).values()[b], packets = pps.series().get(i).values()[b];
                assertThat(l2.series().get(i).values()[b]).isEqualTo(l3Value + 18 * 8 * packets);
            }
        }
        assertThat(l3.series().get(0).stats().total()).isEqualTo(500 * 4 * 8);
        assertThat(l3.series().get(0).stats().average()).isEqualTo(4000);
    }

    @Test
    void countersAreScaledBySamplingRateButFlowsAreNot() throws Exception {
        long id = dataset("sampled", new FlowRows()
                .row(T0, "10.0.0.1", "192.0.2.1", 6, 1000, 443, 2, 1500, 1000)
                .row(T0, "10.0.0.2", "192.0.2.1", 6, 1001, 443, 1, 40, 1)
                .row(T0 + 1, "10.0.0.1", "192.0.2.2", 17, 1000, 53, 3, 300, 512));
        QuerySpec spec = QuerySpec.builder(id).by(FlowField.DST_ADDR).build();
        SeriesResult bytes = explore.series(spec.toBuilder().metric(Metric.BYTES).build());
        assertThat(bytes.series()).extracting(Series::label).containsExactly("192.0.2.1", "192.0.2.2");
        assertThat(bytes.series().get(0).values()).containsExactly(1500 * 1000 + 40, 0);
        assertThat(bytes.series().get(1).values()).containsExactly(0, 300 * 512);
        SeriesResult packets = explore.series(spec.toBuilder().metric(Metric.PACKETS).build());
        assertThat(packets.series().get(0).stats().total()).isEqualTo(2 * 1000 + 1);
        SeriesResult flows = explore.series(spec.toBuilder().metric(Metric.FLOWS).build());
        assertThat(flows.series().get(0).stats().total()).isEqualTo(2);
        TopTable top = explore.top(spec.toBuilder().metric(Metric.BYTES).build());
        assertThat(top.total().total()).isEqualTo(1500 * 1000 + 40 + 300 * 512);
        Rollups.build(ws, id); // the per-minute rollup answers the same, already scaled
        TopTable rolled = explore.top(spec.toBuilder().metric(Metric.BYTES).build());
        assertThat(rolled.fromRollups()).isTrue();
        assertThat(rolled.rows()).isEqualTo(top.rows());
    }

    @Test
    void rollupsAnswerWhatTheyHoldAndAgreeWithTheRawRows() throws Exception {
        long id = fiveDestinations();
        List<QuerySpec> specs = List.of(
                QuerySpec.builder(id).build(),
                QuerySpec.builder(id).by(FlowField.PROTO).metric(Metric.PPS).build(),
                QuerySpec.builder(id).by(FlowField.DST_ADDR).top(3).metric(Metric.L2_BPS).build(),
                QuerySpec.builder(id).by(FlowField.DST_ADDR).top(3).step(Duration.ofMinutes(1)).build(),
                QuerySpec.builder(id).by(FlowField.SRC_ADDR).metric(Metric.FLOWS).build());
        List<SeriesResult> raw = new java.util.ArrayList<>();
        List<TopTable> rawTop = new java.util.ArrayList<>();
        for (QuerySpec s : specs) {
            raw.add(explore.series(s));
            rawTop.add(explore.top(s));
        }
        Rollups.build(ws, id);
        for (int i = 0; i < specs.size(); i++) {
            SeriesResult rolled = explore.series(specs.get(i));
            assertThat(rolled.series()).usingRecursiveFieldByFieldElementComparator().isEqualTo(raw.get(i).series());
            assertThat(explore.top(specs.get(i)).rows()).isEqualTo(rawTop.get(i).rows());
        }
        assertThat(explore.series(specs.get(1)).fromRollups()).isTrue();
        assertThat(explore.series(specs.get(3)).fromRollups()).isTrue();
        assertThat(explore.top(specs.get(4)).fromRollups()).isTrue();
        // a filter needs the raw rows
        assertThat(explore.series(specs.get(1).toBuilder().filter(SqlFragment.of("dst_port = ?", 1003)).build())
                .fromRollups()).isFalse();
    }

    @Test
    void perSecondDestinationRollupAnswersFilteredAndPartialRangeQuestionsExactly() throws Exception {
        FlowRows rows = new FlowRows();
        for (int s = 0; s < 130; s++) {
            for (int d = 1; d <= 6; d++) {
                int proto = d % 3 == 0 ? 6 : 17;
                rows.row(T0 + s, "10.0.0." + (s % 7), "192.0.2." + d, proto, 53, 1000 + d, 1 + (s + d) % 4, 60L * d + s, 1 + d % 2);
            }
            rows.row(T0 + s, "2001:db8::1", "2001:db8::" + (1 + s % 3), 17, 123, 123, 2, 400, 1);
        }
        long id = dataset("seconds", rows);
        Instant from = Instant.ofEpochSecond(T0 + 7), to = Instant.ofEpochSecond(T0 + 101);
        SqlFragment udp = SqlFragment.of("proto = ?", 17);
        List<QuerySpec> specs = List.of(
                QuerySpec.builder(id).by(FlowField.DST_ADDR).top(3).filter(udp).build(),
                QuerySpec.builder(id).by(FlowField.DST_ADDR).top(4).from(from).to(to).step(Duration.ofSeconds(7)).build(),
                QuerySpec.builder(id).by(FlowField.DST_ADDR).top(2).metric(Metric.L2_BPS).filter(udp).from(from).to(to).build(),
                QuerySpec.builder(id).by(FlowField.IP_VERSION).metric(Metric.PACKETS).build(),
                QuerySpec.builder(id).by(FlowField.DST_ADDR, FlowField.PROTO).top(5).metric(Metric.FLOWS).build(),
                QuerySpec.builder(id).metric(Metric.BYTES).filter(org.flowbench.filter.Filters.compile("dst_addr = 192.0.2.3 AND proto = tcp")).build(),
                QuerySpec.builder(id).by(FlowField.DST_ADDR).comparePrevious().from(Instant.ofEpochSecond(T0 + 65)).to(to).build());
        List<SeriesResult> raw = new java.util.ArrayList<>();
        List<TopTable> rawTop = new java.util.ArrayList<>();
        for (QuerySpec s : specs) {
            raw.add(explore.series(s));
            rawTop.add(explore.top(s));
        }
        Rollups.build(ws, id);
        for (int i = 0; i < specs.size(); i++) {
            SeriesResult rolled = explore.series(specs.get(i));
            assertThat(rolled.fromRollups()).as("spec %d from rollups", i).isTrue();
            assertThat(rolled.series()).as("spec %d", i).usingRecursiveFieldByFieldElementComparator().isEqualTo(raw.get(i).series());
            assertThat(rolled.previous()).as("spec %d previous", i).usingRecursiveFieldByFieldElementComparator()
                    .isEqualTo(raw.get(i).previous());
            TopTable top = explore.top(specs.get(i));
            assertThat(top.fromRollups()).as("top %d from rollups", i).isTrue();
            assertThat(top.rows()).as("top %d", i).isEqualTo(rawTop.get(i).rows());
            assertThat(top.other()).as("top %d other", i).isEqualTo(rawTop.get(i).other());
            assertThat(top.total()).as("top %d total", i).isEqualTo(rawTop.get(i).total());
        }
    }

    @Test
    void filterNarrowsTheRowsThroughBoundParameters() throws Exception {
        long id = fiveDestinations();
        SqlFragment hostile = SqlFragment.of("dst_port = ? OR src_country = ?", 1002, "x'; DROP TABLE flows; --");
        TopTable t = explore.top(QuerySpec.builder(id).by(FlowField.DST_ADDR).metric(Metric.BYTES).filter(hostile).build());
        assertThat(t.rows()).singleElement().satisfies(r -> {
            assertThat(r.keys()).containsExactly("192.0.2.2");
            assertThat(r.total()).isEqualTo(800);
            assertThat(r.average()).isEqualTo(200);
            assertThat(r.share()).isEqualTo(1.0);
        });
        assertThat(t.other()).isNull();
    }

    @Test
    void topTableFoldsTheRestIntoOtherAndNamesKeysForPeople() throws Exception {
        long id = dataset("mixed", new FlowRows()
                .row(T0, "2001:db8::1", "2001:db8::2", 58, 0, 0, 4, 400)
                .row(T0, "10.0.0.1", "192.0.2.1", 6, 1000, 443, 3, 300)
                .row(T0 + 1, "10.0.0.1", "192.0.2.1", 17, 1000, 53, 2, 200)
                .row(T0 + 1, "10.0.0.1", "192.0.2.1", 1, 0, 0, 1, 100));
        TopTable t = explore.top(QuerySpec.builder(id).by(FlowField.PROTO, FlowField.SRC_ADDR).top(2)
                .metric(Metric.PACKETS).build());
        assertThat(t.rows()).extracting(TopTable.Row::label).containsExactly("ICMPv6 / 2001:db8::1", "TCP / 10.0.0.1");
        assertThat(t.rows().get(0).keys()).containsExactly("ICMPv6", "2001:db8::1");
        assertThat(t.other()).isEqualTo(new TopTable.Row(List.of(), "Other", 3, 1.5, 0.3));
        assertThat(t.total()).isEqualTo(new TopTable.Row(List.of(), "Total", 10, 5, 1));
        double sum = t.other().total();
        for (TopTable.Row r : t.rows()) sum += r.total();
        assertThat(sum).isEqualTo(t.total().total());
        // keys absent from the rows (no country without GeoIP) are one "(none)" key
        TopTable countries = explore.top(QuerySpec.builder(id).by(FlowField.SRC_COUNTRY).build());
        assertThat(countries.rows()).extracting(TopTable.Row::label).containsExactly("(none)");
        assertThat(explore.series(QuerySpec.builder(id).by(FlowField.SRC_COUNTRY).build()).series())
                .extracting(Series::label).containsExactly("(none)");
    }

    @Test
    void distinctCountsPerBucketAndOverTheRangeDoNotAdd() throws Exception {
        long id = dataset("distinct", new FlowRows()
                .row(T0, "10.0.0.1", "192.0.2.1", 17, 1, 2, 1, 100)
                .row(T0, "10.0.0.2", "192.0.2.1", 17, 1, 2, 1, 100)
                .row(T0 + 1, "10.0.0.1", "192.0.2.1", 17, 1, 2, 1, 100)
                .row(T0 + 1, "10.0.0.3", "192.0.2.1", 17, 1, 2, 1, 100)
                .row(T0 + 1, "10.0.0.3", "192.0.2.2", 17, 1, 2, 1, 100)
                .row(T0 + 1, "10.0.0.4", "192.0.2.3", 17, 1, 2, 1, 100));
        SeriesResult s = explore.series(QuerySpec.builder(id).by(FlowField.DST_ADDR).top(1)
                .metric(Metric.DISTINCT_SOURCES).build());
        assertThat(s.series()).extracting(Series::label).containsExactly("192.0.2.1", "Other");
        assertThat(s.series().get(0).values()).containsExactly(2, 2);
        assertThat(s.series().get(0).stats().total()).isEqualTo(3); // .1 .2 .3, not 2 + 2
        assertThat(s.series().get(1).values()).containsExactly(0, 2);
        assertThat(s.series().get(1).stats().total()).isEqualTo(2);
        TopTable t = explore.top(QuerySpec.builder(id).by(FlowField.DST_ADDR).top(1).metric(Metric.DISTINCT_SOURCES).build());
        assertThat(t.rows()).singleElement().satisfies(r -> {
            assertThat(r.total()).isEqualTo(3);
            assertThat(r.average()).isNaN();
        });
        assertThat(t.other().total()).isEqualTo(2);
        assertThat(t.total().total()).isEqualTo(4);
        SeriesResult dst = explore.series(QuerySpec.builder(id).metric(Metric.DISTINCT_DESTINATIONS).build());
        assertThat(dst.series().get(0).values()).containsExactly(1, 3);
        assertThat(dst.series().get(0).stats().total()).isEqualTo(3);
    }

    @Test
    void statsCountEmptyBucketsAsZeroAndP95IsTheNearestRank() {
        double[] values = new double[20];
        for (int i = 0; i < 20; i++) values[i] = i + 1; // 1 .. 20
        values[0] = 0;
        SeriesStats s = SeriesStats.of(values, Metric.PACKETS, 209, 20);
        assertThat(s).isEqualTo(new SeriesStats(0, 209 / 20.0, 20, 19, 209));
        SeriesStats rate = SeriesStats.of(new double[] {10, 0, 30}, Metric.BPS, 400 * 8, 100);
        assertThat(rate.average()).isEqualTo(32);
        assertThat(rate.p95()).isEqualTo(30);
    }

    @Test
    void automaticStepKeepsAboutAThousandPointsAndHandStepsAlignOnTheEpoch() throws Exception {
        long id = dataset("long", new FlowRows()
                .row(T0, "10.0.0.1", "192.0.2.1", 17, 1, 2, 1, 100)
                .row(T0 + 7199, "10.0.0.1", "192.0.2.1", 17, 1, 2, 1, 100));
        SeriesResult auto = explore.series(QuerySpec.builder(id).build());
        assertThat(auto.grid().stepSeconds()).isEqualTo(10); // 7,200 s: 5 s would give 1,440 points
        assertThat(auto.grid().buckets()).isEqualTo(720);
        assertThat(auto.series().get(0).values()[719]).isEqualTo(100 * 8 / 10.0);

        SeriesResult cut = explore.series(QuerySpec.builder(id).range(Instant.ofEpochSecond(T0 + 7195),
                Instant.ofEpochSecond(T0 + 7200)).step(Duration.ofSeconds(60)).build());
        assertThat(cut.grid().origin()).isEqualTo(Instant.ofEpochSecond(T0 + 7140));
        assertThat(cut.grid().buckets()).isEqualTo(1);
        // the bucket shares 5 s with the range: the rate is over those 5 s
        assertThat(cut.series().get(0).values()).containsExactly(100 * 8 / 5.0);
        assertThat(cut.grid().coveredSeconds(0)).isEqualTo(5);
    }

    @Test
    void previousPeriodOverlaysTheSameKeysOnTheSameBuckets() throws Exception {
        FlowRows rows = new FlowRows();
        for (int s = 0; s < 10; s++) {
            rows.row(T0 + s, "10.0.0.1", "192.0.2.1", 17, 1, 2, 1, 100);
            rows.row(T0 + s, "10.0.0.1", "192.0.2.2", 17, 1, 2, 1, 50);
            rows.row(T0 + 10 + s, "10.0.0.1", "192.0.2.2", 17, 1, 2, 1, 300);
            rows.row(T0 + 10 + s, "10.0.0.1", "192.0.2.3", 17, 1, 2, 1, 10);
        }
        long id = dataset("two-periods", rows);
        QuerySpec spec = QuerySpec.builder(id).range(Instant.ofEpochSecond(T0 + 10), Instant.ofEpochSecond(T0 + 20))
                .by(FlowField.DST_ADDR).top(1).metric(Metric.BYTES).comparePrevious().build();
        SeriesResult r = explore.series(spec);
        assertThat(r.previousShift()).isEqualTo(Duration.ofSeconds(10));
        assertThat(r.series()).extracting(Series::label).containsExactly("192.0.2.2", "Other");
        assertThat(r.previous()).extracting(Series::label).containsExactly("192.0.2.2", "Other");
        assertThat(r.previous().get(0).values()).hasSize(10).containsOnly(50);
        assertThat(r.previous().get(1).values()).containsOnly(100); // 192.0.2.1 was in the other keys then
        SeriesResult day = explore.series(spec.toBuilder().comparePrevious(Duration.ofSeconds(5)).build());
        assertThat(day.previous().get(0).values()).containsExactly(50, 50, 50, 50, 50, 300, 300, 300, 300, 300);
        assertThat(explore.series(spec.toBuilder().noComparison().build()).previous()).isEmpty();
    }

    @Test
    void severalDatasetsAddUpOnOneAxisAndEmptyOnesGiveNoSeries() throws Exception {
        long a = dataset("a", new FlowRows().row(T0, "10.0.0.1", "192.0.2.1", 17, 1, 2, 1, 100));
        long b = dataset("b", new FlowRows().row(T0 + 2, "10.0.0.1", "192.0.2.1", 17, 1, 2, 1, 50));
        SeriesResult both = explore.series(QuerySpec.builder(a, b).metric(Metric.BYTES).build());
        assertThat(both.series().get(0).values()).containsExactly(100, 0, 50);
        long empty = ws.datasets().create("empty", "e", 0, null, "pcap");
        assertThat(explore.series(QuerySpec.builder(empty).by(FlowField.DST_ADDR).build()).series()).isEmpty();
        assertThat(explore.top(QuerySpec.builder(empty).by(FlowField.DST_ADDR).build()).rows()).isEmpty();
        assertThat(explore.series(QuerySpec.builder(a).range(Instant.ofEpochSecond(T0 + 100), Instant.ofEpochSecond(T0 + 110))
                .by(FlowField.DST_ADDR).build()).series()).isEmpty();
    }

    @Test
    void metricNamesParseLikeTheCommandLineWritesThem() {
        assertThat(Metric.parse("bps")).contains(Metric.BPS);
        assertThat(Metric.parse("L2BPS")).contains(Metric.L2_BPS);
        assertThat(Metric.parse("l2_bps")).contains(Metric.L2_BPS);
        assertThat(Metric.parse("distinct-sources")).contains(Metric.DISTINCT_SOURCES);
        assertThat(Metric.parse("destinations")).contains(Metric.DISTINCT_DESTINATIONS);
        assertThat(Metric.parse("furlongs")).isEmpty();
    }
}

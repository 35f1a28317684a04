package org.flowbench.query;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.flowbench.store.CancellableQuery;
import org.flowbench.store.StatementCancel;
import org.flowbench.store.Workspace;
import org.flowbench.task.Cancellation;

/**
 * The Explore view's and {@code flowbench query}'s questions over DuckDB: time series split by
 * dimensions with the top N kept and the rest folded into "Other", and top-N tables.
 *
 * <p>Each answer takes two statements (docs/decisions/0110): the ranking of keys over the range
 * (from a rollup when one holds the answer), then one scan that sums every bucket for the ranked
 * keys and for "Other" at once, the keys joined in as a bound VALUES list.
 */
public final class ExploreQuery {
    private final Workspace workspace;
    private final Cancellation cancel;

    public ExploreQuery(Workspace workspace) {
        this(workspace, Cancellation.none());
    }

    /**
     * Questions that {@code cancel} stops, inside a running statement too: the Explore view asks
     * again at every edit, and a superseded distinct count would hold the cores for seconds. One
     * instance per task; {@link #series} and {@link #top} then throw {@link CancellationException}.
     */
    public ExploreQuery(Workspace workspace, Cancellation cancel) {
        this.workspace = workspace;
        this.cancel = cancel;
    }

    /** The series of {@code spec}; the previous period too when the spec asks for it. */
    public SeriesResult series(QuerySpec spec) throws SQLException {
        try {
            return seriesOf(spec);
        } catch (SQLException e) {
            throw cancelledOr(e);
        }
    }

    /** The top-N keys over the range with each one's total and average, plus Other and the total. */
    public TopTable top(QuerySpec spec) throws SQLException {
        try {
            return topOf(spec);
        } catch (SQLException e) {
            throw cancelledOr(e);
        }
    }

    private SQLException cancelledOr(SQLException e) {
        CancellationException stopped = StatementCancel.ifCancelled(cancel, e);
        if (stopped != null) throw stopped;
        return e;
    }

    private SeriesResult seriesOf(QuerySpec spec) throws SQLException {
        DataSpan span = DataSpan.of(workspace, spec.datasetIds());
        TimeGrid grid = grid(spec, span);
        if (grid.buckets() == 0) return new SeriesResult(spec, grid, List.of(), List.of(), null, false);
        Ranking ranking = spec.dimensions().isEmpty()
                ? new Ranking(List.of(), ExploreSource.forRanking(spec, grid, span).rollup(), false)
                : ranking(spec, grid, span, spec.topN() + 1);
        List<Ranked> ranked = ranking.keys();
        boolean more = ranked.size() > spec.topN();
        List<Ranked> top = more ? ranked.subList(0, spec.topN()) : ranked;
        boolean answerable = spec.dimensions().isEmpty() || !top.isEmpty();
        boolean heavy = ranking.heavy();
        ExploreSource seriesFrom = heavy ? ExploreSource.heavyKeys(spec, grid, span) : ExploreSource.forSeries(spec, grid, span);
        List<Series> current = answerable ? scan(spec, span, grid, top, more, heavy, true) : List.of();
        List<Series> previous = List.of();
        Duration shift = null;
        if (spec.comparePrevious()) {
            shift = spec.previousShift() != null ? spec.previousShift() : Duration.between(grid.from(), grid.to());
            // the same keys as now, whatever ranked first back then; Other is everything else
            previous = answerable ? scan(spec, span, grid.shiftedBack(shift), top, true, heavy, false) : List.of();
        }
        return new SeriesResult(spec, grid, current, previous, shift, ranking.rollup() && seriesFrom.rollup());
    }

    private TopTable topOf(QuerySpec spec) throws SQLException {
        DataSpan span = DataSpan.of(workspace, spec.datasetIds());
        TimeGrid grid = grid(spec, span);
        if (grid.buckets() == 0) return new TopTable(spec, grid, List.of(), null, null, false);
        Ranking ranking = ranking(spec, grid, span, spec.topN() + 1);
        List<Ranked> ranked = ranking.keys();
        boolean more = ranked.size() > spec.topN();
        List<Ranked> top = more ? ranked.subList(0, spec.topN()) : ranked;
        if (top.isEmpty()) return new TopTable(spec, grid, List.of(), null, null, ranking.rollup());
        Metric metric = spec.metric();
        double total, other;
        if (metric.isAdditive()) {
            // the total over every key: from the per-second rollup when there is no filter
            QuerySpec unsplit = spec.toBuilder().by(List.of()).build();
            List<Ranked> all = rank(unsplit, ExploreSource.forRanking(unsplit, grid, span), 1);
            total = all.isEmpty() ? 0 : all.get(0).counter();
            double kept = 0;
            for (Ranked r : top) kept += r.counter();
            other = total - kept;
        } else {
            List<List<Object>> keys = spec.dimensions().isEmpty() ? List.of() : keysOf(top);
            double[] distinct = distinctTotals(spec, ExploreSource.raw(spec, grid), keys);
            total = distinct[0];
            other = distinct[1];
        }
        double factor = metric.counterFactor(), seconds = grid.rangeSeconds();
        List<TopTable.Row> rows = new ArrayList<>();
        for (Ranked r : top) {
            String label = r.text().isEmpty() ? Series.TOTAL : DimensionValues.label(r.text());
            rows.add(row(r.text(), label, r.counter() * factor, total * factor, metric, seconds));
        }
        TopTable.Row otherRow = more ? row(List.of(), Series.OTHER, other * factor, total * factor, metric, seconds) : null;
        TopTable.Row totalRow = row(List.of(), Series.TOTAL, total * factor, total * factor, metric, seconds);
        return new TopTable(spec, grid, rows, otherRow, totalRow, ranking.rollup());
    }

    private static TopTable.Row row(List<String> keys, String label, double value, double total, Metric metric, double seconds) {
        double average = metric.isAdditive() && seconds > 0 ? value / seconds : Double.NaN;
        return new TopTable.Row(keys, label, value, average, total > 0 ? value / total : 0);
    }

    private static TimeGrid grid(QuerySpec spec, DataSpan span) {
        Instant from = spec.from() != null ? spec.from() : span.first();
        Instant to = spec.to() != null ? spec.to() : span.end();
        if (from == null || to == null || !from.isBefore(to)) {
            // nothing stored and no range given, or a range cut down to nothing by the data's span
            Instant at = from != null ? from : to != null ? to : Instant.EPOCH;
            return new TimeGrid(at, at, at, 1, 0);
        }
        return TimeGrid.of(from, to, spec.step());
    }

    /** One key of the ranking: raw values (to bind again), text, and its counter over the range. */
    record Ranked(List<Object> raw, List<String> text, double counter) {}

    /** The ranked keys, whether a rollup gave them, and whether the heavy-key rollup did (so it holds their rows). */
    record Ranking(List<Ranked> keys, boolean rollup, boolean heavy) {}

    /**
     * The first {@code limit} keys: from the heavy-key rollup when its bound proves that ranking
     * exact (docs/decisions/0260), else from the table {@link ExploreSource#forRanking} picks.
     */
    private Ranking ranking(QuerySpec spec, TimeGrid grid, DataSpan span, int limit) throws SQLException {
        ExploreSource heavy = ExploreSource.heavyKeys(spec, grid, span);
        if (heavy != null) {
            List<Ranked> ranked = rank(spec, heavy, limit);
            if (heavyExact(spec, heavy, ranked, limit)) return new Ranking(ranked, true, true);
        }
        ExploreSource src = ExploreSource.forRanking(spec, grid, span);
        return new Ranking(rank(spec, src, limit), src.rollup(), false);
    }

    private boolean heavyExact(QuerySpec spec, ExploreSource heavy, List<Ranked> ranked, int wanted) throws SQLException {
        Double all = null;
        boolean allRow = false;
        java.util.Map<Integer, Double> perProto = new java.util.HashMap<>();
        try (CancellableQuery run = run(ExploreSql.heavyBounds(spec, heavy))) {
            ResultSet rs = run.rows();
            while (rs.next()) {
                Double bound = rs.getObject(3) == null ? null : rs.getDouble(3);
                if (rs.getBoolean(1)) {
                    all = bound;
                    allRow = true;
                } else {
                    perProto.put(rs.getObject(2) == null ? null : rs.getInt(2), bound);
                }
            }
        }
        if (!allRow) return false; // no bound stored: nothing proves the ranking
        List<Integer> protocols = null;
        if (!spec.filter().isTrue() && all != null && !perProto.isEmpty()) {
            protocols = new ArrayList<>();
            try (CancellableQuery run = run(ExploreSql.protocols(spec, heavy))) {
                ResultSet rs = run.rows();
                while (rs.next()) protocols.add(rs.getObject(1) == null ? null : rs.getInt(1));
            }
        }
        double last = ranked.isEmpty() ? 0 : ranked.get(ranked.size() - 1).counter();
        return HeavyBound.exact(all, perProto, protocols, ranked.size(), last, wanted);
    }

    private List<Ranked> rank(QuerySpec spec, ExploreSource src, int limit) throws SQLException {
        ExploreSql.Bound q = ExploreSql.ranking(spec, src, limit);
        int dims = spec.dimensions().size();
        List<Ranked> out = new ArrayList<>();
        try (CancellableQuery run = run(q)) {
            ResultSet rs = run.rows();
            while (rs.next()) {
                List<Object> raw = new ArrayList<>(dims);
                for (int i = 1; i <= dims; i++) raw.add(rs.getObject(i));
                out.add(new Ranked(raw, DimensionValues.format(spec.dimensions(), raw), rs.getDouble(dims + 1)));
            }
        }
        return out;
    }

    private double[] distinctTotals(QuerySpec spec, ExploreSource src, List<List<Object>> keys) throws SQLException {
        try (CancellableQuery run = run(ExploreSql.distinctTotals(spec, src, keys))) {
            ResultSet rs = run.rows();
            rs.next();
            return new double[] {rs.getDouble(1), rs.getDouble(2)};
        }
    }

    /**
     * Bucket values per series: rank 1..N, then Other when {@code withOther} and it has traffic.
     * For additive metrics the scan reads only the ranked keys' rows (an inner join, about twice
     * as fast as labelling every row) and Other is the total series minus the ranked ones, the
     * total coming from the per-second rollup when it can answer (docs/decisions/0110). Distinct
     * counts do not subtract: there every row is labelled with its rank, 0 for Other. With
     * {@code rankedHere} the keys were ranked over this grid's range and filter, so their ranking
     * counters are their whole-range distinct counts and only Other's is counted (docs/decisions/0291).
     */
    private List<Series> scan(QuerySpec spec, DataSpan span, TimeGrid grid, List<Ranked> top, boolean withOther,
                              boolean heavy, boolean rankedHere) throws SQLException {
        int n = grid.buckets(), series = spec.dimensions().isEmpty() ? 1 : top.size();
        double[][] counters = new double[series + 1][n]; // [0] is Other
        double[] rangeDistinct = new double[series + 1];
        boolean split = !spec.dimensions().isEmpty(), subtract = split && spec.metric().isAdditive();
        // keys ranked from the heavy-key rollup have every one of their rows there, in any range
        ExploreSource src = heavy ? ExploreSource.heavyKeys(spec, grid, span) : null;
        if (src == null) src = ExploreSource.forSeries(spec, grid, span);
        boolean other = withOther && split;
        ExploreSql.RangeTotals totals = ExploreSql.RangeTotals.EVERY_RANK;
        if (split && !spec.metric().isAdditive() && rankedHere) {
            // a distinct ranking counts each key over exactly this range and filter
            for (int r = 1; r <= series; r++) rangeDistinct[r] = top.get(r - 1).counter();
            totals = other ? ExploreSql.RangeTotals.OTHER_ONLY : ExploreSql.RangeTotals.NONE;
        }
        read(ExploreSql.series(spec, src, grid, keysOf(top), subtract, totals), n, counters, rangeDistinct);
        if (subtract && other) {
            QuerySpec unsplit = spec.toBuilder().by(List.of()).build();
            double[][] total = new double[2][n];
            read(ExploreSql.series(unsplit, ExploreSource.forSeries(unsplit, grid, span), grid, List.of(), false),
                    n, total, new double[2]);
            for (int b = 0; b < n; b++) {
                double rest = total[1][b];
                for (int r = 1; r <= series; r++) rest -= counters[r][b];
                counters[0][b] = rest; // integer-valued doubles below 2^53: exact
            }
        }
        Metric metric = spec.metric();
        List<Series> out = new ArrayList<>();
        for (int r = 1; r <= series; r++) {
            List<String> keys = split ? top.get(r - 1).text() : List.of();
            String label = keys.isEmpty() ? Series.TOTAL : DimensionValues.label(keys);
            out.add(build(keys, label, false, counters[r], rangeDistinct[r], metric, grid));
        }
        if (other && hasTraffic(counters[0], rangeDistinct[0])) {
            out.add(build(List.of(), Series.OTHER, true, counters[0], rangeDistinct[0], metric, grid));
        }
        return out;
    }

    private void read(ExploreSql.Bound q, int n, double[][] counters, double[] rangeDistinct) throws SQLException {
        try (CancellableQuery run = run(q)) {
            ResultSet rs = run.rows();
            while (rs.next()) {
                int r = rs.getInt(2);
                long b = rs.getLong(1);
                if (rs.wasNull()) { // the distinct metrics' whole-range grouping set
                    rangeDistinct[r] = rs.getDouble(3);
                } else if (b >= 0 && b < n) {
                    counters[r][(int) b] += rs.getDouble(3);
                }
            }
        }
    }

    private static boolean hasTraffic(double[] values, double distinct) {
        if (distinct > 0) return true;
        for (double v : values) if (v != 0) return true;
        return false;
    }

    private static Series build(List<String> keys, String label, boolean other, double[] counters, double distinct,
                                Metric metric, TimeGrid grid) {
        double[] values = new double[counters.length];
        double sum = 0;
        for (int i = 0; i < counters.length; i++) {
            double c = counters[i] * metric.counterFactor();
            sum += c;
            double seconds = grid.coveredSeconds(i);
            values[i] = metric.isRate() ? (seconds > 0 ? c / seconds : 0) : c;
        }
        double total = metric.isAdditive() ? sum : distinct;
        return new Series(keys, label, other, values, SeriesStats.of(values, metric, total, grid.rangeSeconds()));
    }

    private static List<List<Object>> keysOf(List<Ranked> top) {
        List<List<Object>> keys = new ArrayList<>(top.size());
        for (Ranked r : top) keys.add(r.raw());
        return keys;
    }

    private CancellableQuery run(ExploreSql.Bound q) throws SQLException {
        return CancellableQuery.start(workspace.connection(), q.sql(), q.params(), cancel);
    }
}

package org.flowbench.query;

import java.util.ArrayList;
import java.util.List;
import org.flowbench.schema.FlowField;

/**
 * SQL text for Explore queries. Only registry column names, fixed aggregates and placeholders
 * go into the text; dataset ids, times, filter values and dimension keys are bound parameters.
 */
final class ExploreSql {
    private ExploreSql() {}

    /** A statement and the values for its placeholders, in order. */
    record Bound(String sql, List<Object> params) {}

    /**
     * The keys ordered by the metric over the range, largest first, ties by key; the first
     * {@code limit}. Columns: k0..kn, then m (the counter). Without dimensions: one row, the total
     * (none when no row matches).
     */
    static Bound ranking(QuerySpec spec, ExploreSource src, int limit) {
        List<Object> params = new ArrayList<>();
        List<FlowField> dims = spec.dimensions();
        StringBuilder keys = new StringBuilder();
        StringBuilder order = new StringBuilder("m DESC");
        for (int i = 0; i < dims.size(); i++) {
            keys.append(dims.get(i).column()).append(" AS k").append(i).append(", ");
            order.append(", k").append(i);
        }
        boolean group = !dims.isEmpty() && !src.rowPerKey();
        StringBuilder sql = new StringBuilder("SELECT * FROM (SELECT ").append(keys)
                .append(src.rowPerKey() ? src.rowSql() : src.metricSql()).append(" AS m FROM ").append(src.table());
        where(sql, params, spec, src);
        sql.append(group ? " GROUP BY ALL" : "").append(") WHERE m IS NOT NULL ORDER BY ").append(order)
                .append(" LIMIT ").append(limit);
        return new Bound(sql.toString(), params);
    }

    /**
     * Per bucket and per rank (1..N for the given keys, 0 for every other key) the counter:
     * columns b (bucket index from the grid's origin), r, v. With {@code onlyKeys} the rows of
     * other keys are left out (an inner join). For distinct metrics a second grouping set adds
     * each rank's count over the whole range with b null.
     */
    static Bound series(QuerySpec spec, ExploreSource src, TimeGrid grid, List<List<Object>> keys, boolean onlyKeys) {
        return series(spec, src, grid, keys, onlyKeys, RangeTotals.EVERY_RANK);
    }

    /** Which whole-range distinct counts a distinct-metric series statement adds (rows with b null). */
    enum RangeTotals {
        /** Every rank's, as a second grouping set. */
        EVERY_RANK,
        /** Only Other's (rank 0): the ranked keys' totals are known from the ranking over the same range and filter. */
        OTHER_ONLY,
        /** None. */
        NONE
    }

    /**
     * As {@link #series(QuerySpec, ExploreSource, TimeGrid, List, boolean)}, choosing which whole-range
     * counts a distinct metric adds. Leaving out the (r) grouping set cuts the statement's CPU by about a third on
     * the 9.6M-row benchmark (docs/decisions/0291); Other's count then reads only the rows of other
     * keys, a second branch of a UNION ALL.
     */
    static Bound series(QuerySpec spec, ExploreSource src, TimeGrid grid, List<List<Object>> keys, boolean onlyKeys,
                        RangeTotals totals) {
        List<Object> params = new ArrayList<>();
        long originMicros = grid.origin().getEpochSecond() * 1_000_000L;
        long stepMicros = grid.stepSeconds() * 1_000_000L;
        StringBuilder sql = new StringBuilder("SELECT (epoch_us(").append(src.timeColumn()).append(") - ").append(originMicros)
                .append(") // ").append(stepMicros).append(" AS b, ");
        sql.append(spec.dimensions().isEmpty() ? "1" : "coalesce(top.r, 0)").append(" AS r, ")
                .append(src.metricSql()).append("::DOUBLE AS v FROM ").append(src.table());
        if (!spec.dimensions().isEmpty()) joinTop(sql, params, spec.dimensions(), src.table(), keys, onlyKeys);
        where(sql, params, spec, src);
        boolean sets = !spec.metric().isAdditive() && totals == RangeTotals.EVERY_RANK;
        sql.append(sets ? " GROUP BY GROUPING SETS ((b, r), (r))" : " GROUP BY b, r");
        if (!spec.metric().isAdditive() && totals == RangeTotals.OTHER_ONLY && !spec.dimensions().isEmpty()) {
            sql.append(" UNION ALL SELECT NULL, 0, ").append(src.metricSql()).append("::DOUBLE FROM ").append(src.table());
            joinTop(sql, params, spec.dimensions(), src.table(), keys, false);
            where(sql, params, spec, src);
            sql.append(" AND top.r IS NULL");
        }
        return new Bound(sql.toString(), params);
    }

    /** Distinct addresses over the range: all rows, and the rows outside the given keys. */
    static Bound distinctTotals(QuerySpec spec, ExploreSource src, List<List<Object>> keys) {
        List<Object> params = new ArrayList<>();
        String m = spec.metric().rawSql();
        StringBuilder sql = new StringBuilder("SELECT ").append(m).append(", ").append(m)
                .append(keys.isEmpty() ? "" : " FILTER (WHERE top.r IS NULL)").append(" FROM ").append(src.table());
        if (!keys.isEmpty()) joinTop(sql, params, spec.dimensions(), src.table(), keys, false);
        where(sql, params, spec, src);
        return new Bound(sql.toString(), params);
    }

    /**
     * The heavy-key bounds of the metric for the source's dimension set (docs/decisions/0260):
     * columns all_protos, proto, bound (null: every key of that group is heavy).
     */
    static Bound heavyBounds(QuerySpec spec, ExploreSource src) {
        String column = switch (spec.metric()) {
            case BPS, BYTES -> "bytes";
            case L2_BPS -> "l2_bytes";
            case PPS, PACKETS -> "packets";
            case FLOWS -> "flows";
            default -> throw new IllegalArgumentException("no heavy-key bound for " + spec.metric());
        };
        return new Bound("SELECT all_protos, proto, " + column + " FROM rollup_heavy_bound WHERE dataset_id = ? AND dims = ?",
                List.of(spec.datasetIds().get(0), src.heavyDims()));
    }

    /** The protocols of the rows the filter keeps in the source's range (from the per-second protocol rollup). */
    static Bound protocols(QuerySpec spec, ExploreSource src) {
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT DISTINCT proto FROM rollup_second_proto");
        where(sql, params, spec, new ExploreSource("rollup_second_proto", "second", null, src.lower(), src.upper(), true));
        return new Bound(sql.toString(), params);
    }

    /** A join of the ranked keys as a VALUES list; IS NOT DISTINCT FROM lets a NULL key match its rows. */
    private static void joinTop(StringBuilder sql, List<Object> params, List<FlowField> dims, String table,
                                List<List<Object>> keys, boolean inner) {
        sql.append(inner ? " JOIN (VALUES " : " LEFT JOIN (VALUES ");
        for (int r = 0; r < keys.size(); r++) {
            sql.append(r == 0 ? "(" : ", (");
            for (int i = 0; i < dims.size(); i++) {
                sql.append(DimensionValues.castPlaceholder(dims.get(i))).append(", ");
                params.add(DimensionValues.bindable(keys.get(r).get(i)));
            }
            sql.append(r + 1).append(')');
        }
        sql.append(") AS top(");
        for (int i = 0; i < dims.size(); i++) sql.append('k').append(i).append(", ");
        sql.append("r) ON ");
        for (int i = 0; i < dims.size(); i++) {
            if (i > 0) sql.append(" AND ");
            sql.append(table).append('.').append(dims.get(i).column()).append(" IS NOT DISTINCT FROM top.k").append(i);
        }
    }

    private static void where(StringBuilder sql, List<Object> params, QuerySpec spec, ExploreSource src) {
        sql.append(" WHERE dataset_id IN (");
        for (int i = 0; i < spec.datasetIds().size(); i++) {
            sql.append(i == 0 ? "?" : ", ?");
            params.add(spec.datasetIds().get(i));
        }
        sql.append(')');
        // a constant of Rollups.HEAVY_DIMENSIONS, never user input
        if (src.heavyDims() != null) sql.append(" AND dims = '").append(src.heavyDims()).append('\'');
        if (src.lower() != null) {
            sql.append(" AND ").append(src.timeColumn()).append(" >= ? AND ").append(src.timeColumn()).append(" < ?");
            params.add(src.lower());
            params.add(src.upper());
        }
        if (!spec.filter().isTrue()) {
            sql.append(" AND (").append(spec.filter().sql()).append(')');
            params.addAll(spec.filter().params());
        }
    }
}

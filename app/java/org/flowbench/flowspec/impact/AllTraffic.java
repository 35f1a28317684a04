package org.flowbench.flowspec.impact;

import java.time.Instant;
import java.util.List;
import org.flowbench.filter.FragmentColumns;
import org.flowbench.filter.SqlFragment;
import org.flowbench.store.Rollups;
import org.flowbench.store.SqlTime;

/**
 * Where the simulation's all-traffic per-second totals ({@code allsec}: second, attack flag,
 * focus flag, packets, bytes) come from. The rollups hold the same sums already scaled by the
 * sampling rate, with a few rows per second where {@code flows} has thousands, so they are read
 * whenever they answer exactly (docs/decisions/0280): the window starts and ends on whole seconds
 * and the attack and focus conditions read only the rollup's columns.
 */
enum AllTraffic {
    /** Per second and protocol: conditions that read at most {@code proto}. */
    SECOND_PROTO("rollup_second_proto"),
    /** Per second and destination: conditions over destination, family and protocol. */
    DST_SECOND("rollup_dst_second"),
    /** The raw rows. */
    FLOWS("flows");

    private final String table;

    AllTraffic(String table) {
        this.table = table;
    }

    /** @param rollupsPresent whether the dataset's rollups exist (they are built together, at the end of an import) */
    static AllTraffic choose(ImpactRequest request, boolean rollupsPresent) {
        if (!rollupsPresent || !wholeSeconds(request.window().from()) || !wholeSeconds(request.window().to())) return FLOWS;
        if (readsOnly(request, List.of("proto"))) return SECOND_PROTO;
        if (readsOnly(request, Rollups.DST_SECOND_DIMENSIONS)) return DST_SECOND;
        return FLOWS;
    }

    private static boolean readsOnly(ImpactRequest request, List<String> columns) {
        SqlFragment focus = request.focus() == null ? SqlFragment.TRUE : request.focus();
        return FragmentColumns.readsOnly(request.split().attackCondition(), columns) && FragmentColumns.readsOnly(focus, columns);
    }

    /** A row's {@code ts} is in [from, to) exactly when its second is, if both ends are whole seconds. */
    private static boolean wholeSeconds(Instant t) {
        return t == null || t.getNano() == 0;
    }

    /**
     * Writes the CTEs {@code allsec(sec, atk, foc, p, b)} and {@code meta(sr, exported)}: the
     * highest sampling rate and whether any row came from a flow exporter (the rollups keep neither).
     */
    void write(SqlBuilder q, ImpactRequest request) {
        if (this == FLOWS) {
            q.text("allsec AS MATERIALIZED (SELECT sec, atk, foc, sum(p) AS p, sum(b) AS b, max(sampling_rate) AS sr, "
                    + "bool_or(exported) AS exported FROM base GROUP BY sec, atk, foc), "
                    + "meta AS (SELECT max(sr) AS sr, bool_or(exported) AS exported FROM allsec)");
            return;
        }
        // sums of integers below 2^53 are exact in DOUBLE, so these equal the raw rows' sums
        q.text("allsec AS MATERIALIZED (SELECT epoch_us(second) // 1000000 AS sec, ").fragment(request.split().attackCondition())
                .text(" AS atk, ");
        if (request.focus() == null) q.text("FALSE AS foc, ");
        else q.text("coalesce(").fragment(request.focus()).text(", FALSE) AS foc, ");
        q.text("sum(packets)::DOUBLE AS p, sum(bytes)::DOUBLE AS b FROM " + table + " WHERE dataset_id = ").param(request.datasetId());
        if (request.window().from() != null) q.text(" AND second >= ").param(SqlTime.toSql(request.window().from()));
        if (request.window().to() != null) q.text(" AND second < ").param(SqlTime.toSql(request.window().to()));
        q.text(" GROUP BY ALL), meta AS (SELECT max(sampling_rate) AS sr, bool_or(exporter IS NOT NULL) AS exported ");
        ImpactQuery.rows(q, request);
        q.text(")");
    }
}

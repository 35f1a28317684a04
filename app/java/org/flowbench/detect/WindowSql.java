package org.flowbench.detect;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.flowbench.filter.FragmentColumns;
import org.flowbench.filter.SqlFragment;
import org.flowbench.schema.FlowField;
import org.flowbench.store.Rollups;

/**
 * Builds the one query that computes a rule's metrics per window and key, in DuckDB:
 * columns {@code k0..kn} (key), {@code ws}, {@code we} (window start and end, epoch seconds) and
 * {@code m_<metric>} for the metrics asked for. Tumbling windows are one GROUP BY; sliding
 * windows group by step and sum the steps of each window with a window frame; distinct
 * counts over sliding windows count each source from its first step in the window until
 * it leaves (an event sweep, exact); packet-size percentiles are weighted by packets.
 *
 * <p>When every metric is a sum and the key and scope read only destination, IP version and
 * protocol, the windows sum {@code rollup_dst_second} instead of the raw rows: the same sums,
 * already scaled, at a third to a tenth of the rows (docs/decisions/0230).
 */
final class WindowSql {
    private final Rule rule;
    private final SqlFragment scope;
    private final List<Long> datasets;
    private final Set<Metric> metrics;
    private final boolean rollup;
    /** Whether distinct counts are computed only where the sums pass (AdditiveBound); tests turn it off to compare. */
    private boolean additiveBound = true;

    /** Windows over the raw {@code flows} rows. */
    WindowSql(Rule rule, SqlFragment scope, List<Long> datasets, Set<Metric> metrics) {
        this(rule, scope, datasets, metrics, false);
    }

    private WindowSql(Rule rule, SqlFragment scope, List<Long> datasets, Set<Metric> metrics, boolean rollup) {
        if (datasets.isEmpty()) throw new IllegalArgumentException("no dataset to run over");
        this.rule = rule;
        this.scope = scope;
        this.datasets = List.copyOf(datasets);
        EnumSet<Metric> all = EnumSet.of(Metric.BPS, Metric.PPS);
        all.addAll(metrics);
        this.metrics = all;
        this.rollup = rollup;
    }

    /** Windows over the per-second per-destination rollup when it holds the rule's answer exactly, else over the raw rows. */
    static WindowSql of(Connection c, Rule rule, SqlFragment scope, List<Long> datasets, Set<Metric> metrics) throws SQLException {
        WindowSql raw = new WindowSql(rule, scope, datasets, metrics);
        boolean answers = rollupAnswers(rule, scope, raw.metrics) && Rollups.perSecondDestinationPresent(c, datasets);
        return answers ? new WindowSql(rule, scope, datasets, metrics, true) : raw;
    }

    static boolean rollupAnswers(Rule rule, SqlFragment scope, Set<Metric> metrics) {
        for (Metric m : metrics) if (m.kind() != Metric.Kind.RATE && m.kind() != Metric.Kind.SHARE) return false;
        for (KeyPart p : rule.key().parts()) if (!Rollups.DST_SECOND_DIMENSIONS.contains(p.field().column())) return false;
        return FragmentColumns.readsOnly(scope, Rollups.DST_SECOND_DIMENSIONS);
    }

    /** The same windows with every distinct count computed (the reference tests compare with). */
    WindowSql withoutAdditiveBound() {
        additiveBound = false;
        return this;
    }

    /** Whether the windows read the rollup (for tests and benchmarks that compare both paths). */
    boolean readsRollup() { return rollup; }

    /** The metrics every window row carries. */
    Set<Metric> metrics() { return metrics; }

    /** The windows that may meet the rule's own trigger (and more: the caller filters by it). */
    SqlText build() {
        return build(rule.trigger());
    }

    /** @param boundBy the condition rows may be pruned by (see minuteBound); null keeps every window */
    private SqlText build(Condition boundBy) {
        GroupKey key = rule.key();
        String keys = key.columns();
        long stepUs = rule.window().stepSeconds() * 1_000_000L;
        SqlText sql = new SqlText().add("WITH ");
        boolean bounded = rollup && boundBy != null && minuteBound(sql, boundBy);
        sql.add("r AS (SELECT ");
        List<Object> keyParams = new ArrayList<>();
        for (int i = 0; i < key.size(); i++) {
            sql.add(key.parts().get(i).sql(keyParams) + " AS " + GroupKey.column(i) + ", ", keyParams);
            keyParams.clear();
        }
        // whole-second steps: a second's row falls in the same step as each of its packets
        sql.bind("epoch_us(" + (rollup ? "second" : "ts") + ") // ? AS b, " + String.join(", ", rawColumns())
                + " FROM " + (rollup ? "rollup_dst_second" : "flows")
                + (bounded ? " SEMI JOIN cand ON dst_addr IS NOT DISTINCT FROM c_dst AND date_trunc('minute', second) = c_minute" : "")
                + " WHERE dataset_id IN (" + placeholders(datasets.size()) + ")", stepUs);
        for (Long id : datasets) sql.params().add(id);
        sql.add(" AND (" + scope.sql() + "))", scope.params());

        boolean sliding = rule.window().mode() == Window.Mode.SLIDING;
        Set<Metric.Sum> sums = sums();
        java.util.Optional<Condition> additive = sliding || boundBy == null || !additiveBound
                ? java.util.Optional.empty() : AdditiveBound.of(boundBy);
        // per step (sliding) or per window (tumbling) sums and, for tumbling, distinct counts
        sql.add(additive.isPresent() ? ", st0 AS (SELECT " + keys + ", b" : ", st AS (SELECT " + keys + ", b");
        for (Metric.Sum s : sums) {
            sql.add(", coalesce(sum(" + (rollup ? s.rollupExpression : s.expression) + "), 0)::DOUBLE AS " + s.column());
        }
        if (!sliding && additive.isEmpty()) {
            for (Metric m : metrics) {
                if (m.kind() == Metric.Kind.DISTINCT) sql.add(", count(DISTINCT " + m.distinctColumn + ")::DOUBLE AS " + m.column());
            }
        }
        sql.add(" FROM r GROUP BY " + keys + ", b)");
        if (additive.isPresent()) distinctWhereSumsPass(sql, additive.get(), keys);
        if (sliding) {
            sql.add(", a AS (SELECT " + keys + ", b");
            for (Metric.Sum s : sums) sql.add(", sum(" + s.column() + ") OVER w AS " + s.column());
            sql.bind(" FROM st WINDOW w AS (PARTITION BY " + keys + " ORDER BY b RANGE BETWEEN ? PRECEDING AND CURRENT ROW))",
                    rule.window().stepsPerWindow() - 1);
            for (Metric m : metrics) if (m.kind() == Metric.Kind.DISTINCT) slidingDistinct(sql, m, keys);
        }
        if (metrics.stream().anyMatch(m -> m.kind() == Metric.Kind.PERCENTILE)) percentiles(sql, keys);

        String base = sliding ? "a" : "st";
        long w = rule.window().lengthSeconds(), s = rule.window().stepSeconds();
        sql.add(" SELECT ");
        for (int i = 0; i < key.size(); i++) sql.add(base + "." + GroupKey.column(i) + ", ");
        sql.bind("(" + base + ".b + 1) * ? - ? AS ws, (" + base + ".b + 1) * ? AS we", s, w, s);
        for (Metric m : metrics) metricSql(sql.add(", "), m, base, sliding).add(" AS " + m.column());
        sql.add(" FROM " + base);
        for (Metric m : metrics) {
            if (sliding && m.kind() == Metric.Kind.DISTINCT) sql.add(join("c_" + m.id(), base, "t"));
        }
        if (metrics.stream().anyMatch(m -> m.kind() == Metric.Kind.PERCENTILE)) sql.add(join("pc", base, "b"));
        return sql;
    }

    /**
     * Tumbling windows whose trigger has distinct counts beside sums (AdditiveBound): the counts
     * of only the windows whose sums meet the bound, the others left out (they cannot trigger).
     * Counting distinct sources over every (key, window) costs far more than the sums.
     */
    private void distinctWhereSumsPass(SqlText sql, Condition bound, String keys) {
        sql.add(", dcand AS (SELECT " + keys + ", b FROM (SELECT " + keys + ", b");
        for (Metric m : bound.metrics()) metricSql(sql.add(", "), m, "st0", false).add(" AS " + m.column());
        List<Object> params = new ArrayList<>();
        String cond = bound.toSql(params);
        sql.add(" FROM st0) WHERE " + cond + ")", params);
        sql.add(", dc AS (SELECT " + keys + ", b");
        for (Metric m : metrics) {
            if (m.kind() == Metric.Kind.DISTINCT) sql.add(", count(DISTINCT " + m.distinctColumn + ")::DOUBLE AS " + m.column());
        }
        sql.add(" FROM r SEMI JOIN dcand ON r.b = dcand.b" + keyMatch("r", "dcand") + " GROUP BY " + keys + ", b)");
        sql.add(", st AS (SELECT st0.*");
        for (Metric m : metrics) if (m.kind() == Metric.Kind.DISTINCT) sql.add(", dc." + m.column());
        sql.add(" FROM st0 JOIN dc ON st0.b = dc.b" + keyMatch("st0", "dc") + ")");
    }

    private String keyMatch(String a, String b) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < rule.key().size(); i++) {
            String c = GroupKey.column(i);
            sb.append(" AND ").append(a).append('.').append(c).append(" IS NOT DISTINCT FROM ").append(b).append('.').append(c);
        }
        return sb.toString();
    }

    /**
     * Keeps only the (destination, minute) pairs whose minute totals could meet the trigger
     * (MinuteBound), when windows are tumbling, fit in a minute and the key holds the whole
     * destination address: most hosts never come near a threshold, and their rows are not grouped.
     */
    private boolean minuteBound(SqlText sql, Condition boundBy) {
        long w = rule.window().lengthSeconds();
        if (rule.window().mode() != Window.Mode.TUMBLING || 60 % w != 0) return false;
        if (rule.key().parts().stream().noneMatch(p -> p.field() == FlowField.DST_ADDR && !p.isPrefix())) return false;
        List<Object> boundParams = new ArrayList<>();
        String bound = MinuteBound.sql(boundBy, w, boundParams);
        if (bound == null) return false;
        sql.add("cand AS (SELECT dst_addr AS c_dst, minute AS c_minute FROM rollup_dst_minute WHERE dataset_id IN ("
                + placeholders(datasets.size()) + ")", new ArrayList<>(datasets));
        sql.add(" GROUP BY dst_addr, minute HAVING " + bound + "), ", boundParams);
        return true;
    }

    /** A sweep's window table: only the windows that meet {@code lenient} (see LenientTrigger), or all when empty. */
    SqlText buildMeeting(java.util.Optional<Condition> lenient) {
        if (lenient.isEmpty()) return build(null);
        List<Object> params = new ArrayList<>();
        String cond = lenient.get().toSql(params);
        return new SqlText().add("SELECT * FROM (").add(build(lenient.get())).add(") WHERE " + cond, params);
    }

    private SqlText metricSql(SqlText sql, Metric m, String base, boolean sliding) {
        return switch (m.kind()) {
            case RATE -> sql.bind(base + "." + m.numerator.column() + " * ? / ?", (double) m.factor,
                    (double) rule.window().lengthSeconds());
            case SHARE -> sql.add(base + "." + m.numerator.column() + " / nullif(" + base + "." + m.denominator.column() + ", 0)");
            case DISTINCT -> sql.add(sliding ? "coalesce(c_" + m.id() + ".c, 0)::DOUBLE" : base + "." + m.column());
            case PERCENTILE -> sql.add("pc." + m.column() + "::DOUBLE");
        };
    }

    /** Only the columns the metrics read: a CTE read twice (sliding distinct counts) is materialized. */
    private List<String> rawColumns() {
        java.util.LinkedHashSet<String> cols = new java.util.LinkedHashSet<>(List.of("packets", "bytes"));
        if (rollup) {
            for (Metric.Sum s : sums()) {
                if (s == Metric.Sum.FLOWS) cols.add("flows");
                if (s.rollupExpression.contains("proto")) cols.add("proto");
                if (s.rollupExpression.startsWith("syn_") || s.rollupExpression.startsWith("frag_")) {
                    cols.add(s.rollupExpression.substring(0, s.rollupExpression.indexOf(':')));
                }
            }
            return List.copyOf(cols);
        }
        cols.add("sampling_rate");
        for (Metric.Sum s : sums()) {
            if (s == Metric.Sum.FLOWS) cols.add("flows");
            if (s.expression.contains("proto")) cols.add("proto");
            if (s.expression.contains("tcp_flags")) cols.add("tcp_flags");
            if (s.expression.contains("frag")) cols.add("frag");
        }
        for (Metric m : metrics) {
            if (m.kind() == Metric.Kind.DISTINCT) cols.add(m.distinctColumn);
            if (m.kind() == Metric.Kind.PERCENTILE) cols.add("pkt_len");
        }
        return List.copyOf(cols);
    }

    private Set<Metric.Sum> sums() {
        EnumSet<Metric.Sum> out = EnumSet.noneOf(Metric.Sum.class);
        for (Metric m : metrics) {
            if (m.numerator != null) out.add(m.numerator);
            if (m.denominator != null) out.add(m.denominator);
        }
        return out;
    }

    /**
     * Distinct values over sliding windows: a value seen in step p counts for the windows
     * ending at p .. p+K-1 (K steps per window) until it is seen again; +1 at p, -1 when it
     * leaves, and a running sum per key gives the count at every step.
     */
    private void slidingDistinct(SqlText sql, Metric m, String keys) {
        String n = m.id();
        sql.add(", p_" + n + " AS (SELECT DISTINCT " + keys + ", b, " + m.distinctColumn + " AS v FROM r WHERE "
                + m.distinctColumn + " IS NOT NULL)");
        long k = rule.window().stepsPerWindow();
        sql.bind(", e_" + n + " AS (SELECT " + keys + ", b AS t, 1 AS d FROM p_" + n
                + " UNION ALL SELECT " + keys + ", least(coalesce(lead(b) OVER (PARTITION BY " + keys
                + ", v ORDER BY b), b + ?), b + ?) AS t, -1 AS d FROM p_" + n + ")", k, k);
        sql.add(", c_" + n + " AS (SELECT " + keys + ", t, sum(sum(d)) OVER (PARTITION BY " + keys
                + " ORDER BY t) AS c FROM e_" + n + " GROUP BY " + keys + ", t)");
    }

    /** Packet-weighted percentiles: the smallest size at which the cumulative packet count reaches q of the total. */
    private void percentiles(SqlText sql, String keys) {
        sql.add(", sz AS (SELECT " + keys + ", b, pkt_len, sum(packets * sampling_rate)::DOUBLE AS n FROM r GROUP BY "
                + keys + ", b, pkt_len)");
        sql.add(", pc AS (SELECT " + keys + ", b");
        for (Metric m : metrics) {
            if (m.kind() == Metric.Kind.PERCENTILE) sql.bind(", min(pkt_len) FILTER (WHERE c >= ? * tot) AS " + m.column(), m.quantile);
        }
        sql.add(" FROM (SELECT *, sum(n) OVER (PARTITION BY " + keys + ", b ORDER BY pkt_len) AS c, sum(n) OVER (PARTITION BY "
                + keys + ", b) AS tot FROM sz) GROUP BY " + keys + ", b)");
    }

    private String join(String table, String base, String timeColumn) {
        StringBuilder sb = new StringBuilder(" LEFT JOIN " + table + " ON " + table + "." + timeColumn + " = " + base + ".b");
        for (int i = 0; i < rule.key().size(); i++) {
            String c = GroupKey.column(i);
            sb.append(" AND ").append(table).append('.').append(c).append(" IS NOT DISTINCT FROM ").append(base).append('.').append(c);
        }
        return sb.toString();
    }

    private static String placeholders(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }
}

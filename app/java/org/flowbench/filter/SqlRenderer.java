package org.flowbench.filter;

import java.math.BigInteger;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.flowbench.schema.FlowField;

/**
 * Turns a filter tree into SQL over {@code flows} with every value a bound parameter.
 *
 * <p>NOT is pushed down to the conditions (De Morgan), and each negative condition also holds
 * where the column is NULL: a row without an AS number is "not AS 64500". The SQL therefore has
 * no NOT over a nullable expression, and {@code NOT a = 1} and {@code a != 1} select the same rows.
 *
 * <p>Addresses bind as decimal text cast to UHUGEINT: the DuckDB JDBC driver binds a BigInteger
 * as a signed HUGEINT and refuses values of 2^127 and above (every IPv6 address from 8000::).
 */
public final class SqlRenderer {
    private SqlRenderer() {}

    /** Columns declared NOT NULL by {@link org.flowbench.schema.FlowDdl}; they need no NULL test. */
    static final Set<FlowField> NOT_NULL = EnumSet.of(FlowField.DATASET_ID, FlowField.TS, FlowField.PACKETS,
            FlowField.BYTES, FlowField.SAMPLING_RATE, FlowField.FLOWS);

    public static SqlFragment render(FilterExpr e) {
        List<Object> params = new ArrayList<>();
        String sql = render(e, false, params);
        return new SqlFragment(sql, params);
    }

    private static String render(FilterExpr e, boolean negate, List<Object> params) {
        if (e instanceof FilterExpr.Not n) return render(n.inner(), !negate, params);
        if (e instanceof FilterExpr.And a) return join(a.parts(), negate ? " OR " : " AND ", negate, params);
        if (e instanceof FilterExpr.Or o) return join(o.parts(), negate ? " AND " : " OR ", negate, params);
        FilterExpr.Condition c = (FilterExpr.Condition) e;
        String sql = condition(c.field(), negate ? c.op().negated() : c.op(), c.values(), params);
        // A condition holds on NULL when it is negative as written, or when NOT turned a positive one
        // around, never both: NOT a != 1 is a = 1, which a NULL does not satisfy.
        boolean holdsOnNull = c.op().isNegative() != negate;
        return holdsOnNull && !NOT_NULL.contains(c.field()) ? "(" + sql + " OR " + c.field().column() + " IS NULL)" : sql;
    }

    private static String join(List<FilterExpr> parts, String glue, boolean negate, List<Object> params) {
        return parts.stream().map(p -> "(" + render(p, negate, params) + ")").collect(Collectors.joining(glue));
    }

    private static String condition(FlowField f, Operator op, List<FilterValue> values, List<Object> params) {
        String col = f.column();
        return switch (op) {
            case EQ, NE, LT, LE, GT, GE -> col + " " + op.symbol() + " " + bind(values.get(0), params);
            case IN, NOTIN -> col + (op == Operator.IN ? " IN (" : " NOT IN (")
                    + values.stream().map(v -> bind(v, params)).collect(Collectors.joining(", ")) + ")";
            case LIKE, UNLIKE, ILIKE, IUNLIKE -> col + " " + sqlLike(op) + " " + bind(values.get(0), params);
            case IN_PREFIX, NOT_IN_PREFIX -> {
                FilterValue.Prefix p = (FilterValue.Prefix) values.get(0);
                String range = col + (op == Operator.IN_PREFIX ? " BETWEEN " : " NOT BETWEEN ")
                        + bindAddress(p.first(), params) + " AND ";
                yield range + bindAddress(p.last(), params);
            }
            case HAS, HASNOT -> {
                params.add(numberParam(((FilterValue.Number) values.get(0)).value()));
                params.add(params.get(params.size() - 1));
                yield "(" + col + " & ?) " + (op == Operator.HAS ? "=" : "!=") + " ?";
            }
        };
    }

    private static String sqlLike(Operator op) {
        return switch (op) {
            case LIKE -> "LIKE";
            case UNLIKE -> "NOT LIKE";
            case ILIKE -> "ILIKE";
            default -> "NOT ILIKE";
        };
    }

    private static String bind(FilterValue v, List<Object> params) {
        if (v instanceof FilterValue.Address a) return bindAddress(a.value(), params);
        if (v instanceof FilterValue.Number n) {
            params.add(numberParam(n.value()));
        } else if (v instanceof FilterValue.Text t) {
            params.add(t.value());
        } else if (v instanceof FilterValue.Time t) {
            params.add(LocalDateTime.ofInstant(t.value(), ZoneOffset.UTC));
        } else {
            throw new IllegalArgumentException("a prefix only goes with << or !<<: " + ((FilterValue.Prefix) v).text());
        }
        return "?";
    }

    private static String bindAddress(BigInteger value, List<Object> params) {
        params.add(value.toString());
        return "CAST(? AS UHUGEINT)";
    }

    private static Object numberParam(BigInteger n) {
        return n.bitLength() < 64 ? (Object) n.longValue() : n;
    }
}

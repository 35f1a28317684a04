package org.flowbench.filter;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A boolean SQL expression over the {@code flows} columns (unqualified names) with {@code ?}
 * placeholders, and the values bound to them in order. This is the only way text a user typed
 * reaches DuckDB: the values travel as parameters, never inside {@link #sql()}.
 */
public record SqlFragment(String sql, List<Object> params) {
    /** Matches every row; what an empty filter compiles to. */
    public static final SqlFragment TRUE = new SqlFragment("TRUE", List.of());

    public SqlFragment {
        Objects.requireNonNull(sql, "sql");
        params = List.copyOf(params);
    }

    public static SqlFragment of(String sql, Object... params) {
        return new SqlFragment(sql, List.of(params));
    }

    /** Both fragments must hold; parentheses keep each side's precedence. */
    public SqlFragment and(SqlFragment other) {
        if (this.equals(TRUE)) return other;
        if (other.equals(TRUE)) return this;
        List<Object> all = new ArrayList<>(params);
        all.addAll(other.params);
        return new SqlFragment("(" + sql + ") AND (" + other.sql + ")", all);
    }

    public boolean isTrue() {
        return equals(TRUE);
    }
}

package org.flowbench.flowspec.impact;

import java.util.ArrayList;
import java.util.List;
import org.flowbench.filter.SqlFragment;

/** SQL text and its bound values, appended together so placeholders and values stay in step. */
final class SqlBuilder {
    private final StringBuilder sql = new StringBuilder();
    private final List<Object> params = new ArrayList<>();

    SqlBuilder text(String s) {
        sql.append(s);
        return this;
    }

    SqlBuilder fragment(SqlFragment f) {
        sql.append('(').append(f.sql()).append(')');
        params.addAll(f.params());
        return this;
    }

    SqlBuilder param(Object value) {
        sql.append('?');
        params.add(value);
        return this;
    }

    String sql() { return sql.toString(); }

    List<Object> params() { return params; }
}

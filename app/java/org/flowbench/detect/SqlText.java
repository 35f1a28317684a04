package org.flowbench.detect;

import java.util.ArrayList;
import java.util.List;

/** SQL text and its bound values, appended in the order the placeholders appear. */
final class SqlText {
    private final StringBuilder sql = new StringBuilder();
    private final List<Object> params = new ArrayList<>();

    SqlText add(String text) {
        sql.append(text);
        return this;
    }

    SqlText bind(String text, Object... values) {
        sql.append(text);
        java.util.Collections.addAll(params, values); // NULLs allowed: they bind as SQL NULL
        return this;
    }

    /** Appends SQL whose placeholders were collected into {@code values} while it was built. */
    SqlText add(String text, List<Object> values) {
        sql.append(text);
        params.addAll(values);
        return this;
    }

    SqlText add(SqlText other) {
        return add(other.sql(), other.params());
    }

    String sql() { return sql.toString(); }

    List<Object> params() { return params; }
}

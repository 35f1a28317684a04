package org.flowbench.query;

import java.util.List;

/** A query result as plain values (numbers, text, booleans, null), ready for any output format. */
public record ResultTable(List<String> columns, List<List<Object>> rows) {
    public ResultTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }
}

package org.flowbench.schema;

import java.util.stream.Collectors;

/** Renders the {@code flows} table's DDL from the registry, so the schema has one source. */
public final class FlowDdl {
    private FlowDdl() {}

    public static String createFlowsTable() {
        return FlowField.all().stream()
                .map(f -> "  " + f.column() + " " + f.duckDbType() + nullability(f))
                .collect(Collectors.joining(",\n", "CREATE TABLE flows (\n", "\n)"));
    }

    private static String nullability(FlowField f) {
        return switch (f) {
            case DATASET_ID, TS, PACKETS, BYTES, SAMPLING_RATE, FLOWS -> " NOT NULL";
            default -> "";
        };
    }
}

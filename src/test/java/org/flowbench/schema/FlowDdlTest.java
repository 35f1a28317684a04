package org.flowbench.schema;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FlowDdlTest {
    @Test
    void everyRegistryColumnAppearsOnceInTheDdl() {
        String ddl = FlowDdl.createFlowsTable();
        for (FlowField f : FlowField.values()) {
            assertThat(ddl).containsOnlyOnce("  " + f.column() + " " + f.duckDbType());
        }
    }

    @Test
    void columnLookupIsCaseInsensitive() {
        assertThat(FlowField.byColumn("DST_ADDR")).contains(FlowField.DST_ADDR);
        assertThat(FlowField.byColumn("nope")).isEmpty();
    }
}

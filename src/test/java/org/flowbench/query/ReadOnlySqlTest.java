package org.flowbench.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.flowbench.schema.Addresses;
import org.flowbench.store.Workspace;
import org.flowbench.testsupport.FlowRows;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReadOnlySqlTest {
    @TempDir Path dir;
    Path file;

    @BeforeEach
    void workspaceWithOneRow() throws Exception {
        file = dir.resolve("ws.duckdb");
        try (Workspace ws = Workspace.open(file)) {
            long id = ws.datasets().create("a", "a", 0, null, "pcap");
            new FlowRows().row(60, "192.0.2.1", "198.51.100.7", 17, 123, 4444, 10, 4680).writeTo(ws, id);
        }
    }

    @Test
    void queriesReturnPlainValues() throws Exception {
        try (Workspace ws = Workspace.openReadOnly(file)) {
            ResultTable t = new ReadOnlySql(ws).run(
                    "-- a comment\n WITH x AS (SELECT * FROM flows) SELECT ts, dst_addr, packets, 'it''s; ok' AS s FROM x;",
                    0);
            assertThat(t.columns()).containsExactly("ts", "dst_addr", "packets", "s");
            assertThat(t.rows()).containsExactly(List.of("1970-01-01T00:01", Addresses.toBigInteger(0, Addresses.parse("198.51.100.7")[1]), java.math.BigInteger.TEN,
                    "it's; ok"));
        }
    }

    @Test
    void maxRowsLimitsTheResult() throws Exception {
        try (Workspace ws = Workspace.openReadOnly(file)) {
            assertThat(new ReadOnlySql(ws).run("SELECT * FROM range(100)", 7).rows()).hasSize(7);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"DROP TABLE flows", "DELETE FROM flows", "INSERT INTO flows SELECT * FROM flows",
            "SELECT 1; DROP TABLE flows", "SELECT 1; /* x */ DELETE FROM flows", "ATTACH 'other.duckdb'",
            "COPY flows TO 'out.csv'", "SET threads = 1", "PRAGMA version", "", "  -- nothing"})
    void anythingButOneQueryIsRefused(String sql) throws Exception {
        try (Workspace ws = Workspace.openReadOnly(file)) {
            assertThatThrownBy(() -> new ReadOnlySql(ws).run(sql, 0)).isInstanceOf(SqlRefusedException.class);
        }
    }

    @Test
    void filesOutsideTheWorkspaceCannotBeReadOrWritten() throws Exception {
        Path csv = Files.writeString(dir.resolve("x.csv"), "a\n1\n");
        try (Workspace ws = Workspace.openReadOnly(file)) {
            ReadOnlySql sql = new ReadOnlySql(ws);
            assertThatThrownBy(() -> sql.run("SELECT * FROM read_csv('" + csv + "')", 0))
                    .isInstanceOf(QueryException.class).hasMessageContaining("disabled");
            assertThatThrownBy(() -> sql.run("SELECT * FROM flows; SET enable_external_access = true", 0))
                    .isInstanceOf(SqlRefusedException.class);
        }
    }

    @Test
    void aWritableWorkspaceIsNotAccepted() throws Exception {
        try (Workspace ws = Workspace.open(file)) {
            assertThatThrownBy(() -> new ReadOnlySql(ws)).hasMessageContaining("read-only");
        }
    }
}

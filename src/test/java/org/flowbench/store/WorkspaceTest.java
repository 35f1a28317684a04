package org.flowbench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceTest {
    @TempDir Path dir;

    @Test
    void openCreatesTheFileAndAllMigrationsOnce() throws Exception {
        Path file = dir.resolve("sub/ws.duckdb");
        try (Workspace ws = Workspace.open(file)) {
            assertThat(Files.isRegularFile(file)).isTrue();
            assertThat(Migrations.currentVersion(ws.connection())).isEqualTo(Migrations.LATEST);
            assertThat(ws.warnings()).isEmpty();
        }
        try (Workspace ws = Workspace.open(file); Statement st = ws.connection().createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM schema_version")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(Migrations.LATEST);
        }
    }

    /**
     * Writes a workspace with one dataset of three flow rows and its rollups, then makes it look as
     * a version with schema {@code version} left it: the later migrations' tables dropped.
     */
    private static long olderWorkspace(Path file, int version, String... laterTables) throws Exception {
        try (Workspace ws = Workspace.open(file); Statement st = ws.connection().createStatement()) {
            long id = ws.datasets().create("old.pcap", "file", 0, null, "packets");
            st.execute("INSERT INTO flows (dataset_id, ts, src_addr, dst_addr, proto, src_port, dst_port, packets, bytes,"
                    + " sampling_rate, flows) VALUES"
                    + " (" + id + ", TIMESTAMP '2024-01-01 00:00:05', 281473902969601, 281473902969345, 17, 53, 999, 3, 180, 1, 1),"
                    + " (" + id + ", TIMESTAMP '2024-01-01 00:00:05', 281473902969601, 281473902969345, 6, 80, 999, 2, 120, 10, 1),"
                    + " (" + id + ", TIMESTAMP '2024-01-01 00:01:07', 281473902969602, 281473902969346, 17, 53, 998, 1, 60, 1, 1)");
            Rollups.build(ws, id);
            for (String table : laterTables) st.execute("DROP TABLE " + table);
            st.execute("DELETE FROM schema_version WHERE version > " + version);
            return id;
        }
    }

    @Test
    void anOlderWorkspaceGetsThePerDestinationRollupsWhenOpened() throws Exception {
        Path file = dir.resolve("older.duckdb");
        // what a workspace written before migrations 3 to 6 looks like
        long id = olderWorkspace(file, 2, "rollup_dst_second", "rollup_dst_total", "rule_sets", "rollup_heavy_second",
                "rollup_heavy_bound");
        try (Workspace ws = Workspace.open(file); Statement st = ws.connection().createStatement();
             ResultSet rs = st.executeQuery("SELECT sum(packets), sum(bytes), count(*) FROM rollup_dst_second WHERE dataset_id = " + id)) {
            assertThat(Migrations.currentVersion(ws.connection())).isEqualTo(Migrations.LATEST);
            assertThat(ws.warnings()).contains("per-destination summaries built for 1 dataset of an older workspace");
            assertThat(Rollups.perSecondDestinationPresent(ws.connection(), java.util.List.of(id))).isTrue();
            rs.next();
            assertThat(rs.getLong(1)).as("packets scaled by sampling").isEqualTo(3 + 20 + 1);
            assertThat(rs.getLong(2)).isEqualTo(180 + 1200 + 60);
            assertThat(rs.getLong(3)).as("second x destination x protocol").isEqualTo(3);
        }
        try (Workspace ws = Workspace.open(file)) {
            assertThat(ws.warnings()).as("once").noneMatch(w -> w.startsWith("per-destination"));
        }
    }

    @Test
    void anOlderWorkspaceGetsTheHeavyKeyRollupWhenOpened() throws Exception {
        Path file = dir.resolve("older5.duckdb");
        // what a workspace written before migration 6 looks like
        long id = olderWorkspace(file, 5, "rollup_heavy_second", "rollup_heavy_bound");
        try (Workspace ws = Workspace.open(file); Statement st = ws.connection().createStatement();
             ResultSet rs = st.executeQuery("SELECT dims, sum(packets), sum(bytes), count(*) FROM rollup_heavy_second"
                     + " WHERE dataset_id = " + id + " GROUP BY dims ORDER BY dims")) {
            assertThat(ws.warnings()).contains("heavy-key summaries built for 1 dataset of an older workspace");
            assertThat(Rollups.heavyKeysPresent(ws.connection(), java.util.List.of(id))).isTrue();
            // three keys or fewer per set: all of them heavy, every row summed per second and protocol
            java.util.List<String> got = new java.util.ArrayList<>();
            while (rs.next()) got.add(rs.getString(1) + " " + rs.getLong(2) + " " + rs.getLong(3) + " " + rs.getLong(4));
            assertThat(got).containsExactly("dst_port 24 1440 3", "src_addr 24 1440 3", "src_port,dst_port 24 1440 3");
        }
        try (Workspace ws = Workspace.open(file)) {
            assertThat(ws.warnings()).as("once").noneMatch(w -> w.startsWith("heavy-key"));
        }
    }

    @Test
    void readingAnOlderWorkspaceUpgradesItFirstAndANewerOneOrAForeignFileIsRefused() throws Exception {
        Path file = dir.resolve("older-read.duckdb");
        long id = olderWorkspace(file, 5, "rollup_heavy_second", "rollup_heavy_bound");
        try (Workspace ws = Workspace.openReadOnly(file)) {
            assertThat(ws.isReadOnly()).isTrue();
            assertThat(Rollups.heavyKeysPresent(ws.connection(), java.util.List.of(id))).isTrue();
        }
        try (Workspace ws = Workspace.open(file); Statement st = ws.connection().createStatement()) {
            st.execute("INSERT INTO schema_version VALUES (99, now()::TIMESTAMP)");
        }
        assertThatThrownBy(() -> Workspace.openReadOnly(file)).isInstanceOf(WorkspaceException.class)
                .hasMessageContaining("written by a newer Flowbench (schema version 99");
        Path foreign = dir.resolve("foreign.duckdb");
        try (var c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + foreign); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE t (x INTEGER)");
        }
        assertThatThrownBy(() -> Workspace.openReadOnly(foreign)).hasMessageContaining("is not a Flowbench workspace");
        try (var c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + foreign); Statement st = c.createStatement();
             var rs = st.executeQuery("SELECT count(*) FROM information_schema.tables")) {
            rs.next();
            assertThat(rs.getLong(1)).as("the foreign file is left as it was").isEqualTo(1);
        }
    }

    @Test
    void aDuplicateHasItsOwnTransactionsOnTheSameDataAndClosesAlone() throws Exception {
        try (Workspace ws = Workspace.open(dir.resolve("ws.duckdb"))) {
            long id;
            try (Workspace session = ws.duplicate()) {
                assertThat(session.path()).isEqualTo(ws.path());
                id = session.datasets().create("live", "udp 127.0.0.1:2055", 0, null, "live flows");
                session.connection().setAutoCommit(false);
                try (Statement st = session.connection().createStatement()) {
                    st.execute("INSERT INTO flows (dataset_id, ts, packets, bytes, sampling_rate, flows) VALUES ("
                            + id + ", TIMESTAMP '2024-01-01 00:00:05', 3, 180, 1, 1)");
                }
                assertThat(ws.datasets().storedTotals(id).rows()).as("uncommitted elsewhere").isZero();
                session.connection().commit();
                assertThat(ws.datasets().storedTotals(id).rows()).isEqualTo(1);
            }
            assertThat(ws.datasets().get(id)).isPresent();
        }
    }

    @Test
    void defaultPathIsInTheUsersFlowbenchFolder() {
        assertThat(Workspace.defaultPath())
                .isEqualTo(Path.of(System.getProperty("user.home"), ".flowbench", "workspace.duckdb"));
    }

    @Test
    void datasetLeftImportingIsReopenedAsPartialWithWhatWasCommitted() throws Exception {
        Path file = dir.resolve("ws.duckdb");
        long id;
        try (Workspace ws = Workspace.open(file)) {
            id = ws.datasets().create("flood.pcap", "/tmp/flood.pcap", 1234, "fp", "pcap");
            try (Statement st = ws.connection().createStatement()) {
                st.execute("INSERT INTO flows (dataset_id, ts, packets, bytes, sampling_rate, flows) VALUES ("
                        + id + ", TIMESTAMP '2024-01-01 00:00:05', 3, 180, 1, 1)");
            }
            // closed without finish(): what a kill -9 mid-import leaves behind
        }
        try (Workspace ws = Workspace.open(file)) {
            assertThat(ws.warnings()).singleElement().asString().contains("flood.pcap").contains("interrupted");
            DatasetInfo d = ws.datasets().get(id).orElseThrow();
            assertThat(d.status()).isEqualTo(DatasetStatus.PARTIAL);
            assertThat(d.packets()).isEqualTo(3);
            assertThat(d.bytes()).isEqualTo(180);
            assertThat(d.rows()).isEqualTo(1);
            assertThat(d.firstTs()).isEqualTo(Instant.parse("2024-01-01T00:00:05Z"));
            assertThat(d.reportJson()).contains("import interrupted");
        }
        try (Workspace ws = Workspace.open(file)) {
            assertThat(ws.warnings()).isEmpty();
        }
    }

    @Test
    void readOnlyWorkspaceRefusesWritesAndMissingFiles() throws Exception {
        Path file = dir.resolve("ws.duckdb");
        Workspace.open(file).close();
        try (Workspace ws = Workspace.openReadOnly(file)) {
            assertThat(ws.isReadOnly()).isTrue();
            assertThat(ws.datasets().list()).isEmpty();
            assertThatThrownBy(() -> ws.datasets().create("x", "x", 0, null, "pcap"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("read-only");
        }
        assertThat(Files.exists(dir.resolve("ws.duckdb?access_mode=READ_ONLY"))).isFalse();
        assertThatThrownBy(() -> Workspace.openReadOnly(dir.resolve("none.duckdb")))
                .isInstanceOf(WorkspaceException.class).hasMessageContaining("no workspace at");
    }

    @Test
    void anotherProcessHoldingTheFileGivesAClearError() throws Exception {
        Path file = dir.resolve("ws.duckdb");
        Workspace.open(file).close();
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), WorkspaceHolder.class.getName(), file.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            assertThat(r.readLine()).isEqualTo("ready");
            assertThatThrownBy(() -> Workspace.open(file))
                    .isInstanceOf(WorkspaceLockedException.class)
                    .hasMessageContaining(file.toString())
                    .hasMessageContaining("in use by another process")
                    .hasMessageContaining("PID " + child.pid());
        } finally {
            child.getOutputStream().close();
            if (!child.waitFor(30, TimeUnit.SECONDS)) child.destroyForcibly();
        }
        Workspace.open(file).close();
    }
}

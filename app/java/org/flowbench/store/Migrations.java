package org.flowbench.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.flowbench.schema.FlowDdl;

/**
 * Versioned schema changes. Each migration runs once, in its own transaction together with
 * its row in {@code schema_version}; a new release appends a migration, never edits one.
 */
final class Migrations {
    private Migrations() {}

    private static final List<List<String>> STEPS = List.of(
            // 1: the tables of DESIGN.md
            List.of(
                    FlowDdl.createFlowsTable(),
                    "CREATE SEQUENCE datasets_id START 1",
                    """
                    CREATE TABLE datasets (
                      id UINTEGER PRIMARY KEY DEFAULT nextval('datasets_id'),
                      name VARCHAR NOT NULL,
                      source_path VARCHAR,
                      file_size UBIGINT,
                      file_fingerprint VARCHAR,
                      kind VARCHAR NOT NULL,
                      status VARCHAR NOT NULL,
                      created_at TIMESTAMP NOT NULL,
                      first_ts TIMESTAMP,
                      last_ts TIMESTAMP,
                      packets UBIGINT NOT NULL DEFAULT 0,
                      bytes UBIGINT NOT NULL DEFAULT 0,
                      rows UBIGINT NOT NULL DEFAULT 0,
                      report VARCHAR
                    )""",
                    "CREATE SEQUENCE incidents_id START 1",
                    """
                    CREATE TABLE incidents (
                      id UINTEGER PRIMARY KEY DEFAULT nextval('incidents_id'),
                      dataset_id UINTEGER,
                      name VARCHAR NOT NULL,
                      kind VARCHAR NOT NULL CHECK (kind IN ('attack', 'benign', 'maintenance')),
                      start_ts TIMESTAMP NOT NULL,
                      end_ts TIMESTAMP NOT NULL,
                      victim VARCHAR,
                      filter VARCHAR,
                      notes VARCHAR
                    )"""),
            // 2: rollups built at the end of an import, so summaries stay fast on 10M+ rows
            List.of(
                    """
                    CREATE TABLE rollup_dst_minute (
                      dataset_id UINTEGER NOT NULL,
                      minute TIMESTAMP NOT NULL,
                      dst_addr UHUGEINT,
                      packets UBIGINT NOT NULL,
                      bytes UBIGINT NOT NULL,
                      flows UBIGINT NOT NULL
                    )""",
                    """
                    CREATE TABLE rollup_src_total (
                      dataset_id UINTEGER NOT NULL,
                      src_addr UHUGEINT,
                      packets UBIGINT NOT NULL,
                      bytes UBIGINT NOT NULL,
                      flows UBIGINT NOT NULL
                    )""",
                    """
                    CREATE TABLE rollup_second_proto (
                      dataset_id UINTEGER NOT NULL,
                      second TIMESTAMP NOT NULL,
                      proto UTINYINT,
                      packets UBIGINT NOT NULL,
                      bytes UBIGINT NOT NULL,
                      flows UBIGINT NOT NULL,
                      rows UBIGINT NOT NULL
                    )"""),
            // 3: per second and destination, so detection windows and destination series sum it
            // instead of the raw rows (docs/decisions/0230); older datasets keep reading flows
            List.of(
                    """
                    CREATE TABLE rollup_dst_second (
                      dataset_id UINTEGER NOT NULL,
                      second TIMESTAMP NOT NULL,
                      dst_addr UHUGEINT,
                      ip_version UTINYINT,
                      proto UTINYINT,
                      packets UBIGINT NOT NULL,
                      bytes UBIGINT NOT NULL,
                      flows UBIGINT NOT NULL,
                      syn_packets UBIGINT NOT NULL,
                      syn_bytes UBIGINT NOT NULL,
                      frag_packets UBIGINT NOT NULL,
                      frag_bytes UBIGINT NOT NULL,
                      rows UBIGINT NOT NULL
                    )"""),
            // 4: per destination over the whole dataset, like the source totals (docs/decisions/0233)
            List.of(
                    """
                    CREATE TABLE rollup_dst_total (
                      dataset_id UINTEGER NOT NULL,
                      dst_addr UHUGEINT,
                      packets UBIGINT NOT NULL,
                      bytes UBIGINT NOT NULL,
                      flows UBIGINT NOT NULL
                    )"""),
            // 5: detection and Flowspec rule sets saved in the workspace, as their rule-file text
            // (docs/decisions/0250)
            List.of(
                    """
                    CREATE TABLE rule_sets (
                      name VARCHAR NOT NULL,
                      kind VARCHAR NOT NULL CHECK (kind IN ('detection', 'flowspec')),
                      format VARCHAR NOT NULL CHECK (format IN ('json', 'yaml')),
                      body VARCHAR NOT NULL,
                      rule_count INTEGER NOT NULL,
                      note VARCHAR NOT NULL DEFAULT '',
                      created_at TIMESTAMP NOT NULL,
                      updated_at TIMESTAMP NOT NULL,
                      PRIMARY KEY (kind, name)
                    )"""),
            // 6: per second for the heaviest sources and ports only, with the bound that proves a
            // ranking read from them exact (docs/decisions/0260)
            List.of(
                    """
                    CREATE TABLE rollup_heavy_second (
                      dataset_id UINTEGER NOT NULL,
                      dims VARCHAR NOT NULL,
                      second TIMESTAMP NOT NULL,
                      proto UTINYINT,
                      src_addr UHUGEINT,
                      src_port USMALLINT,
                      dst_port USMALLINT,
                      packets UBIGINT NOT NULL,
                      bytes UBIGINT NOT NULL,
                      flows UBIGINT NOT NULL
                    )""",
                    """
                    CREATE TABLE rollup_heavy_bound (
                      dataset_id UINTEGER NOT NULL,
                      dims VARCHAR NOT NULL,
                      all_protos BOOLEAN NOT NULL,
                      proto UTINYINT,
                      packets DOUBLE,
                      bytes DOUBLE,
                      flows DOUBLE,
                      l2_bytes DOUBLE
                    )"""));

    static final int LATEST = STEPS.size();

    static void apply(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TIMESTAMP NOT NULL)");
        }
        int current = currentVersion(c);
        for (int v = current + 1; v <= LATEST; v++) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                for (String sql : STEPS.get(v - 1)) st.execute(sql);
                st.execute("INSERT INTO schema_version VALUES (" + v + ", now()::TIMESTAMP)");
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw new SQLException("migration " + v + " failed: " + e.getMessage(), e);
            } finally {
                c.setAutoCommit(auto);
            }
        }
    }

    /** 0 for an empty file. */
    static int currentVersion(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_version'")) {
            rs.next();
            if (rs.getLong(1) == 0) return 0;
        }
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}

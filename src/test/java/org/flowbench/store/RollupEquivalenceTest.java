package org.flowbench.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flowbench.ingest.ImportJob;
import org.flowbench.task.Cancellation;
import org.flowbench.task.Progress;
import org.flowbench.testsupport.FreshWorkspaceTest;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Today's {@link Rollups#build} (DOUBLE sums where proven exact, fewer sorts: decision 0290) leaves
 * exactly the rows and values the statements before it did ({@link LegacyRollups}), on the
 * committed scenarios, on random rows with every awkward value, and on totals too large for DOUBLE.
 */
class RollupEquivalenceTest extends FreshWorkspaceTest {
    private static final Path SAMPLES = Path.of("pcap-samples");

    @Test
    void scenariosGiveTheSameRollups() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(SAMPLES), "pcap-samples/ is not in the working directory");
        for (String s : List.of("syn-flood", "ipv6-udp-flood", "dns-amplification", "carpet-bombing", "quiet-day")) {
            long id = new ImportJob(ws).importFile(SAMPLES.resolve(s + ".pcap"), Progress.NONE, new Cancellation()).datasetId();
            assertSameAsLegacy(id, s);
        }
    }

    @Test
    void randomRowsGiveTheSameRollups() throws Exception {
        long id = 41;
        insertRandomRows(id, 60_000, "(1 + hash(i, 9) % 3) * 1500", "1 + (hash(i, 10) % 4) * 511");
        // the rows hold what the comparison must cover, or it would prove little
        assertThat(count("SELECT count(*) FROM flows WHERE dataset_id = 41 AND src_addr IS NULL")).isPositive();
        assertThat(count("SELECT count(*) FROM flows WHERE dataset_id = 41 AND dst_port IS NULL")).isPositive();
        assertThat(count("SELECT count(*) FROM flows WHERE dataset_id = 41 AND ip_version = 6")).isPositive();
        assertThat(count("SELECT count(*) FROM flows WHERE dataset_id = 41 AND proto = 6 AND (tcp_flags & 18) = 2")).isPositive();
        assertThat(count("SELECT count(*) FROM flows WHERE dataset_id = 41 AND (frag & 2) <> 0")).isPositive();
        assertThat(count("SELECT count(*) FROM flows WHERE dataset_id = 41 AND sampling_rate > 1")).isPositive();
        assertThat(RollupSums.forDataset(connectionAfterLegacy(id), id)).isEqualTo(RollupSums.DOUBLE);
        assertSameAsLegacy(id, "random");
        // the bounds of more keys than kept: the heavy-key rows are a strict subset here
        assertThat(count("SELECT count(*) FROM rollup_heavy_bound WHERE dataset_id = 41 AND packets IS NOT NULL")).isPositive();
    }

    @Test
    void flowExportRowsGiveTheSameRollupsWithoutAddingUpKnownSums() throws Exception {
        long id = 45;
        // what an import of flow exports stores: flows = 1 on every row, no fragment bits
        insertRandomRows(id, 60_000, "(1 + hash(i, 9) % 3) * 1500", "1 + (hash(i, 10) % 4) * 511", "1",
                "CASE WHEN hash(i, 11) % 13 = 1 THEN 1 ELSE 0 END");
        assertThat(KnownSums.forDataset(ws.connection(), id)).isEqualTo(new KnownSums(true, true));
        assertSameAsLegacy(id, "flow exports");
        // one row with a fragment bit, another with two flows: nothing is known, and the sums still agree
        exec("UPDATE flows SET frag = 2 WHERE dataset_id = 45 AND rowid = (SELECT min(rowid) FROM flows WHERE dataset_id = 45)");
        exec("UPDATE flows SET flows = 2 WHERE dataset_id = 45 AND rowid = (SELECT max(rowid) FROM flows WHERE dataset_id = 45)");
        assertThat(KnownSums.forDataset(ws.connection(), id)).isEqualTo(KnownSums.NONE);
        assertSameAsLegacy(id, "flow exports, one fragment and one double flow");
    }

    @Test
    void heavyKeyRebuildWithFewKeysGivesTheSameRows() throws Exception {
        long id = 42;
        insertRandomRows(id, 20_000, "40 + hash(i, 9) % 1400", "1 + hash(i, 10) % 3");
        Rollups.build(ws, id);
        Connection c = ws.connection();
        for (String t : List.of("rollup_heavy_second", "rollup_heavy_bound")) {
            exec("DELETE FROM " + t + " WHERE dataset_id = " + id);
        }
        LegacyRollups.buildHeavy(c, id, 7);
        Map<String, List<String>> before = snapshot(id);
        Rollups.rebuildHeavyKeys(ws, id, 7);
        Map<String, List<String>> now = snapshot(id);
        for (String t : Rollups.TABLES) assertThat(now.get(t)).as(t).containsExactlyElementsOf(before.get(t));
    }

    @Test
    void totalsBeyondDoublePrecisionFallBackToIntegerSums() throws Exception {
        long id = 43;
        // odd byte counts near 2^52 times 3: sums above 2^53 that DOUBLE would round
        insertRandomRows(id, 400, "4503599627370496 + (hash(i, 9) % 1000) * 2 + 1", "3");
        assertThat(count("SELECT count(*) FROM (SELECT sum((bytes * sampling_rate)::DOUBLE)::UBIGINT <> sum(bytes * sampling_rate) AS d"
                + " FROM flows WHERE dataset_id = 43 GROUP BY dst_addr) WHERE d")).as("DOUBLE sums would differ").isPositive();
        assertSameAsLegacy(id, "beyond 2^53");
        assertThat(RollupSums.forDataset(ws.connection(), id)).isEqualTo(RollupSums.INTEGER);
    }

    @Test
    void countersAtTheirLimitFitAsBefore() throws Exception {
        // 2^64 - 1 rounds up to 2^64 in DOUBLE, which no UBIGINT holds; the integer sum stores it
        insertRandomRows(44, 1, "18446744073709551615", "1");
        assertSameAsLegacy(44, "counter at its limit");
        assertThat(count("SELECT count(*) FROM rollup_src_total WHERE dataset_id = 44 AND bytes = 18446744073709551615")).isOne();
        assertThat(RollupSums.forDataset(ws.connection(), 44)).isEqualTo(RollupSums.INTEGER);
    }

    /** Builds the legacy way, then today's way, and compares every rollup table's rows of the dataset. */
    private void assertSameAsLegacy(long id, String what) throws Exception {
        Connection c = connectionAfterLegacy(id);
        Map<String, List<String>> legacy = snapshot(id);
        assertThat(legacy.get("rollup_dst_second")).as(what).isNotEmpty();
        assertThat(legacy.get("rollup_heavy_second")).as(what).isNotEmpty();
        Rollups.build(ws, id);
        Map<String, List<String>> now = snapshot(id);
        for (String t : Rollups.TABLES) assertThat(now.get(t)).as(what + ": " + t).containsExactlyElementsOf(legacy.get(t));
        assertThat(c.getAutoCommit()).isTrue();
    }

    private Connection connectionAfterLegacy(long id) throws Exception {
        LegacyRollups.build(ws.connection(), id);
        return ws.connection();
    }

    /** Every row of every rollup table for the dataset, each as its columns' text, in a fixed order. */
    private Map<String, List<String>> snapshot(long id) throws Exception {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (String t : Rollups.TABLES) {
            List<String> list = new ArrayList<>();
            try (PreparedStatement ps = ws.connection().prepareStatement("SELECT * FROM " + t + " WHERE dataset_id = ? ORDER BY ALL")) {
                ps.setLong(1, id);
                try (var rs = ps.executeQuery()) {
                    int n = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= n; i++) row.append(rs.getString(i)).append('|');
                        list.add(row.toString());
                    }
                }
            }
            rows.put(t, list);
        }
        return rows;
    }

    /**
     * Rows over 150 seconds with a few thousand addresses (some NULL, some IPv6), ports (some NULL),
     * TCP with and without SYN-only flags, UDP, ICMP, fragments, and the given bytes and sampling rate.
     */
    private void insertRandomRows(long id, int rows, String bytes, String samplingRate) throws Exception {
        insertRandomRows(id, rows, bytes, samplingRate, "1 + hash(i, 13) % 2",
                "CASE WHEN hash(i, 11) % 13 = 0 THEN 2 WHEN hash(i, 11) % 13 = 1 THEN 1 ELSE 0 END");
    }

    private void insertRandomRows(long id, int rows, String bytes, String samplingRate, String flows, String frag)
            throws Exception {
        exec("INSERT INTO flows (dataset_id, ts, src_addr, dst_addr, ip_version, proto, src_port, dst_port, tcp_flags, frag,"
                + " packets, bytes, sampling_rate, flows) SELECT " + id + ","
                + " TIMESTAMP '2026-11-22 10:00:00' + to_microseconds((hash(i, 1) % 150000000)::BIGINT),"
                + " CASE WHEN hash(i, 2) % 97 = 0 THEN NULL WHEN v = 6 THEN (hash(i, 3) % 900)::UHUGEINT + 42540766411282592856903984951653826560::UHUGEINT"
                + "  ELSE (hash(i, 3) % 4000)::UHUGEINT + 281473913978880::UHUGEINT END,"
                + " CASE WHEN hash(i, 4) % 89 = 0 THEN NULL WHEN v = 6 THEN (hash(i, 5) % 30)::UHUGEINT + 42540766411282592856903984951653826560::UHUGEINT"
                + "  ELSE (hash(i, 5) % 300)::UHUGEINT + 281473913978880::UHUGEINT END,"
                + " v, p,"
                + " CASE WHEN p = 1 OR hash(i, 6) % 53 = 0 THEN NULL ELSE (hash(i, 6) % 1500)::USMALLINT END,"
                + " CASE WHEN p = 1 OR hash(i, 7) % 61 = 0 THEN NULL ELSE (hash(i, 7) % 2500)::USMALLINT END,"
                + " CASE WHEN p = 6 THEN [2, 18, 16, 2, 3, 24][(1 + hash(i, 8) % 6)::BIGINT]::UTINYINT END,"
                + " (" + frag + ")::UTINYINT,"
                + " 1 + hash(i, 12) % 20, " + bytes + ", " + samplingRate + ", " + flows
                + " FROM (SELECT i, CASE WHEN hash(i, 14) % 5 = 0 THEN 6 ELSE 4 END::UTINYINT AS v,"
                + "  [6, 6, 17, 17, 17, 1, 47][(1 + hash(i, 15) % 7)::BIGINT]::UTINYINT AS p FROM range(" + rows + ") AS r(i))");
    }

    private void exec(String sql) throws Exception {
        try (Statement st = ws.connection().createStatement()) {
            st.execute(sql);
        }
    }

    private long count(String sql) throws Exception {
        try (Statement st = ws.connection().createStatement(); var rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}

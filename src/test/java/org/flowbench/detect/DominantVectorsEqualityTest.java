package org.flowbench.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.flowbench.filter.SqlFragment;
import org.flowbench.ingest.ImportJob;
import org.flowbench.schema.Addresses;
import org.flowbench.store.Rollups;
import org.flowbench.store.Workspace;
import org.flowbench.task.Cancellation;
import org.flowbench.task.Progress;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dominant vectors of docs/decisions/0270 (protocol from the rollup, ports by bucket) equal
 * those of the previous implementation, kept as {@link DominantVectorsReference}, on every
 * pcap-samples scenario and on hand-made rows with ties, on both the rollup and the raw path.
 */
class DominantVectorsEqualityTest {
    static final List<String> ALL_SCENARIOS = List.of("syn-flood", "carpet-bombing", "ipv6-udp-flood", "ntp-amplification",
            "dns-amplification", "memcached-amplification", "quiet-day");
    @TempDir Path dir;

    @Test
    void scenariosGiveTheVectorsOfThePreviousImplementation() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(RollupWindowsTest.SAMPLES), "pcap-samples/ is not in the working directory");
        try (Workspace ws = Workspace.open(dir.resolve("ws.duckdb"))) {
            List<Long> all = new ArrayList<>();
            for (String s : ALL_SCENARIOS) {
                all.add(new ImportJob(ws).importFile(RollupWindowsTest.SAMPLES.resolve(s + ".pcap"), Progress.NONE,
                        new Cancellation()).datasetId());
            }
            RuleSet rules = RollupWindowsTest.rules();
            int rollupRules = 0, compared = 0;
            // each scenario alone, then all as one stream (several datasets in one query)
            List<List<Long>> runs = new ArrayList<>();
            for (long id : all) runs.add(List.of(id));
            runs.add(all);
            for (List<Long> ids : runs) {
                List<Alert> alerts = new Simulator(ws).detect(ids, rules, Cancellation.none()).alerts();
                for (Rule rule : rules.rules()) {
                    List<Alert> mine = alerts.stream().filter(a -> a.rule().equals(rule.name())).toList();
                    if (mine.isEmpty()) continue;
                    SqlFragment scope = ScopeCompiler.FILTER_LANGUAGE.compile(rule.scope());
                    List<DominantVector> expected = new DominantVectorsReference(ws.connection(), ids).of(rule, scope, mine);
                    DominantVectors now = new DominantVectors(ws.connection(), ids);
                    String what = rule.name() + " over " + ids;
                    assertThat(now.of(rule, scope, mine)).as(what).isEqualTo(expected);
                    assertThat(now.batchOf(rule, scope, mine, false)).as(what + ", raw rows").isEqualTo(expected);
                    if (DominantVectors.rollupAnswers(rule, scope, mine)) {
                        assertThat(now.batchOf(rule, scope, mine, true)).as(what + ", rollup").isEqualTo(expected);
                        rollupRules++;
                    }
                    compared += mine.size();
                }
            }
            assertThat(compared).isGreaterThan(50);
            assertThat(rollupRules).as("rules whose vectors read the rollup").isGreaterThan(5);
        }
    }

    @Test
    void tiesAndHalvesAreSettledAsBefore() throws Exception {
        try (DetectFixture f = new DetectFixture(dir)) {
            // A: UDP and TCP with the same bytes (the smaller protocol wins); UDP source ports 53 and 54
            // (same 64-port bucket) with half each; destination ports 80 and 8080 (two buckets) with half each
            f.row(0, "192.0.2.1", "203.0.113.1", 17, 53, 80, 0, 0, 2, 1000, 1, null);
            f.row(1, "192.0.2.2", "203.0.113.1", 17, 54, 8080, 0, 0, 2, 1000, 1, null);
            f.row(2, "192.0.2.3", "203.0.113.1", 6, 1000, 443, 2, 0, 4, 2000, 1, null);
            // B: a port with exactly half, the rest spread over three ports; the median exactly at half (sizes 100 and 300)
            f.row(0, "192.0.2.1", "203.0.113.2", 17, 123, 9, 0, 0, 1, 100, 1, null);
            f.row(0, "192.0.2.1", "203.0.113.2", 17, 7000, 12, 0, 0, 1, 300, 1, null);
            f.row(1, "192.0.2.1", "203.0.113.2", 17, 123, 10, 0, 0, 1, 300, 1, null);
            f.row(1, "192.0.2.1", "203.0.113.2", 17, 60000, 11, 0, 0, 1, 100, 1, null);
            // C: a port just under half, sampled rows (scaled by 100)
            f.row(3, "192.0.2.1", "203.0.113.3", 17, 123, 1, 0, 0, 10, 4990, 100, null);
            f.row(3, "192.0.2.1", "203.0.113.3", 17, 124, 2, 0, 0, 10, 2500, 100, null);
            f.row(4, "192.0.2.1", "203.0.113.3", 17, 125, 3, 0, 0, 10, 2510, 100, null);
            // D: IPv6, one port with everything, and NULL ports carrying most of another protocol's bytes
            f.row(0, "2001:db8::1", "2001:db8::99", 17, 443, 443, 0, 0, 5, 6000, 1, null);
            f.row(2, "192.0.2.9", "203.0.113.4", 47, 0, 0, 0, 0, 3, 3000, 1, null);
            f.row(2, "192.0.2.9", "203.0.113.4", 47, 5, 6, 0, 0, 1, 1000, 1, null);
            try (Statement st = f.ws.connection().createStatement()) {
                st.execute("UPDATE flows SET src_port = NULL, dst_port = NULL WHERE proto = 47 AND bytes = 3000");
            }
            Rollups.build(f.ws, f.dataset);

            Rule rule = new Rule("r", "", "", Window.tumbling(Duration.ofSeconds(1)), GroupKey.DESTINATION,
                    Condition.parse("pps > 0"), Duration.ZERO, Duration.ZERO);
            List<Alert> alerts = List.of(alert(rule, "203.0.113.1", 0, 10), alert(rule, "203.0.113.2", 0, 2),
                    alert(rule, "203.0.113.3", 0, 10), alert(rule, "2001:db8::99", 0, 1), alert(rule, "203.0.113.4", 0, 5),
                    alert(rule, "203.0.113.2", 1, 2), alert(rule, "203.0.113.9", 0, 5));
            List<DominantVector> expected = new DominantVectorsReference(f.ws.connection(), List.of(f.dataset))
                    .of(rule, SqlFragment.TRUE, alerts);
            // what the previous implementation said, checked by hand
            assertThat(expected.get(0)).isEqualTo(new DominantVector(6, 1000, 443, 500, 0.5));
            assertThat(expected.get(1)).isEqualTo(new DominantVector(17, 123, null, 100, 1.0));
            assertThat(expected.get(2)).isEqualTo(new DominantVector(17, null, null, 251, 1.0));
            assertThat(expected.get(4)).isEqualTo(new DominantVector(47, null, null, 1000, 1.0));
            assertThat(expected.get(6)).isNull();

            DominantVectors now = new DominantVectors(f.ws.connection(), List.of(f.dataset));
            assertThat(DominantVectors.rollupAnswers(rule, SqlFragment.TRUE, alerts)).isTrue();
            assertThat(now.of(rule, SqlFragment.TRUE, alerts)).isEqualTo(expected);
            assertThat(now.batchOf(rule, SqlFragment.TRUE, alerts, true)).isEqualTo(expected);
            assertThat(now.batchOf(rule, SqlFragment.TRUE, alerts, false)).isEqualTo(expected);

            // UDP only (a scope on the rollup's columns): A's source ports 53 and 54 tie at half, the smaller wins
            SqlFragment udp = new SqlFragment("proto = ?", List.of(17));
            List<DominantVector> udpExpected = new DominantVectorsReference(f.ws.connection(), List.of(f.dataset))
                    .of(rule, udp, alerts);
            assertThat(udpExpected.get(0)).isEqualTo(new DominantVector(17, 53, 80, 500, 1.0));
            assertThat(now.batchOf(rule, udp, alerts, true)).isEqualTo(udpExpected);
            assertThat(now.batchOf(rule, udp, alerts, false)).isEqualTo(udpExpected);

            // a scope on other columns, and a range that is not whole seconds, read the raw rows only
            SqlFragment port = new SqlFragment("src_port <> ?", List.of(123));
            assertThat(DominantVectors.rollupAnswers(rule, port, alerts)).isFalse();
            assertThat(now.of(rule, port, alerts)).isEqualTo(
                    new DominantVectorsReference(f.ws.connection(), List.of(f.dataset)).of(rule, port, alerts));
            List<Alert> split = List.of(new Alert("r", alerts.get(1).key(), Instant.ofEpochSecond(DetectFixture.T0, 500_000_000),
                    Instant.ofEpochSecond(DetectFixture.T0 + 1), Instant.ofEpochSecond(DetectFixture.T0 + 2),
                    Instant.ofEpochSecond(DetectFixture.T0 + 2), 0, 0, List.of(), null));
            assertThat(DominantVectors.rollupAnswers(rule, SqlFragment.TRUE, split)).isFalse();
            assertThat(now.of(rule, SqlFragment.TRUE, split)).isEqualTo(
                    new DominantVectorsReference(f.ws.connection(), List.of(f.dataset)).of(rule, SqlFragment.TRUE, split));
        }
    }

    @Test
    void keysWithProtocolAndPrefixGiveTheVectorsOfThePreviousImplementation() throws Exception {
        try (DetectFixture f = new DetectFixture(dir)) {
            for (int s = 0; s < 20; s++) {
                f.row(s, "192.0.2.1", "198.51.100." + (s % 4), 17, 123, 1024 + s, 0, 0, 3, 3 * (100 + s), 1, null);
                f.row(s, "192.0.2.2", "198.51.100." + (s % 3), 6, 5000 + s % 2, 80, 2, 0, 2, 120, 1, null);
                f.row(s, "192.0.2.3", "198.51.101." + (s % 5), 1, 0, 0, 0, 0, 1, 64, 1, null);
            }
            Rollups.build(f.ws, f.dataset);
            for (GroupKey key : List.of(GroupKey.parse(List.of("dst_addr", "proto")), GroupKey.parse(List.of("dst_addr/24")),
                    GroupKey.parse(List.of("ip_version")))) {
                Rule rule = new Rule("k", "", "", Window.tumbling(Duration.ofSeconds(5)), key, Condition.parse("pps > 0"),
                        Duration.ZERO, Duration.ZERO);
                List<Alert> alerts = f.simulator().detect(List.of(f.dataset), RuleSet.of(rule), Cancellation.none()).alerts();
                assertThat(alerts).isNotEmpty();
                List<DominantVector> expected = new DominantVectorsReference(f.ws.connection(), List.of(f.dataset))
                        .of(rule, SqlFragment.TRUE, alerts);
                DominantVectors now = new DominantVectors(f.ws.connection(), List.of(f.dataset));
                assertThat(now.batchOf(rule, SqlFragment.TRUE, alerts, true)).as(key.toString()).isEqualTo(expected);
                assertThat(now.batchOf(rule, SqlFragment.TRUE, alerts, false)).as(key.toString()).isEqualTo(expected);
            }
        }
    }

    private static Alert alert(Rule rule, String dst, long from, long to) {
        long[] a = Addresses.parse(dst);
        AlertKey key = new AlertKey(rule.key(), List.of(Addresses.toBigInteger(a[0], a[1])));
        Instant s = Instant.ofEpochSecond(DetectFixture.T0 + from), e = Instant.ofEpochSecond(DetectFixture.T0 + to);
        return new Alert(rule.name(), key, s, e, e, e, 0, 0, List.of(), null);
    }
}

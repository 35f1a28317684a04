package org.flowbench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.flowbench.detect.Presets;
import org.flowbench.detect.Score;
import org.flowbench.detect.Scorer;
import org.flowbench.detect.SimulationResult;
import org.flowbench.detect.Simulator;
import org.flowbench.schema.Addresses;
import org.flowbench.store.Incident;
import org.flowbench.task.Cancellation;
import org.flowbench.task.Progress;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report over the NTP amplification scenario: every number the HTML shows equals a figure the
 * test computes on its own (SQL over the flows table, the label file, a fresh detection run), and
 * the Markdown shows the same numbers.
 */
class ReportScenarioTest {
    @TempDir static Path dir;
    static NtpReportFixture fx;
    static ReportModel model;
    static Document html;
    static String markdown;

    @BeforeAll
    static void build() throws Exception {
        Assumptions.assumeTrue(NtpReportFixture.present(), "pcap-samples/ is not in the working directory");
        fx = NtpReportFixture.create(dir);
        Clock clock = Clock.fixed(Instant.parse("2026-02-04T08:00:00Z"), ZoneOffset.UTC);
        model = new ReportBuilder(fx.workspace, clock).build(fx.spec(), Progress.NONE, Cancellation.none());
        html = Jsoup.parse(HtmlRenderer.render(model));
        markdown = MarkdownRenderer.render(model);
    }

    @AfterAll
    static void close() {
        if (fx != null) fx.workspace.close();
    }

    @Test
    void totalsAndRatesEqualSqlOverTheFlows() throws Exception {
        double[] t = sql("SELECT sum(packets * sampling_rate)::DOUBLE, sum(bytes * sampling_rate)::DOUBLE, sum(flows)::DOUBLE,"
                + " min(ts), max(ts) FROM flows WHERE dataset_id = ?");
        assertThat(figure("Packets")).isEqualTo(Units.count(t[0]));
        assertThat(figure("Bytes")).isEqualTo(Units.bytes(t[1]));
        assertThat(figure("Flows")).isEqualTo(Units.count(t[2]));
        assertThat(figure("Incidents")).isEqualTo("1");

        // per-second bytes, folded into the report's buckets; edge buckets divide by the seconds they cover
        TreeMap<Long, Double> perSecond = new TreeMap<>();
        try (PreparedStatement ps = fx.workspace.connection().prepareStatement(
                "SELECT epoch(ts)::BIGINT, sum(bytes * sampling_rate)::DOUBLE FROM flows WHERE dataset_id = ? GROUP BY 1")) {
            ps.setLong(1, fx.datasetId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) perSecond.put(rs.getLong(1), rs.getDouble(2));
            }
        }
        long first = perSecond.firstKey(), end = perSecond.lastKey() + 1, step = model.totals().stepSeconds();
        TreeMap<Long, Double> buckets = new TreeMap<>();
        perSecond.forEach((s, bytes) -> buckets.merge(Math.floorDiv(s, step) * step, bytes * 8, Double::sum));
        double peak = 0;
        for (var e : buckets.entrySet()) {
            long covered = Math.min(e.getKey() + step, end) - Math.max(e.getKey(), first);
            peak = Math.max(peak, e.getValue() / covered);
        }
        assertThat(figure("Peak rate (" + step + " s buckets)")).isEqualTo(Units.bps(peak));
        assertThat(figure("Average rate")).isEqualTo(Units.bps(t[1] * 8 / (end - first)));
        assertThat(figure("From")).isEqualTo(Units.time(Instant.ofEpochSecond(first)));
        assertThat(markdown).contains("| Packets | " + Units.count(t[0]) + " |", "| Bytes | " + Units.bytes(t[1]) + " |");
    }

    @Test
    void topTablesEqualGroupedSql() throws Exception {
        double total = sql("SELECT sum(bytes * sampling_rate)::DOUBLE FROM flows WHERE dataset_id = ?")[0];
        for (String[] t : new String[][] {{"destinations", "dst_addr"}, {"sources", "src_addr"}}) {
            List<List<String>> expected = new ArrayList<>();
            double kept = 0;
            try (PreparedStatement ps = fx.workspace.connection().prepareStatement("SELECT " + t[1]
                    + ", sum(bytes * sampling_rate)::DOUBLE b FROM flows WHERE dataset_id = ? GROUP BY 1 ORDER BY b DESC, 1 LIMIT 5")) {
                ps.setLong(1, fx.datasetId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        double b = rs.getDouble(2);
                        kept += b;
                        expected.add(List.of(Addresses.format((BigInteger) rs.getObject(1)), Units.bytes(b),
                                Units.percent(b / total)));
                    }
                }
            }
            expected.add(List.of("Other", Units.bytes(total - kept), Units.percent((total - kept) / total)));
            expected.add(List.of("Total", Units.bytes(total), Units.percent(1.0)));
            List<List<String>> shown = rows("top-" + t[0], 0, 1, 3);
            assertThat(shown).as(t[0]).containsExactlyElementsOf(expected);
            for (List<String> row : expected) assertThat(markdown).contains("| " + row.get(0) + " | " + row.get(1) + " |");
        }
        // protocols: bytes per protocol, largest first
        List<String> protoBytes = new ArrayList<>();
        try (PreparedStatement ps = fx.workspace.connection().prepareStatement("SELECT sum(bytes * sampling_rate)::DOUBLE b"
                + " FROM flows WHERE dataset_id = ? GROUP BY proto ORDER BY b DESC LIMIT 5")) {
            ps.setLong(1, fx.datasetId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) protoBytes.add(Units.bytes(rs.getDouble(1)));
            }
        }
        assertThat(rows("top-protocols", 1).stream().map(r -> r.get(0)).limit(protoBytes.size())).containsExactlyElementsOf(protoBytes);
    }

    @Test
    void detectionFiguresEqualAFreshRunScoredAgainstTheLabels() throws Exception {
        SimulationResult run = new Simulator(fx.workspace).run(List.of(fx.datasetId), Presets.load(Presets.DEFAULT));
        List<Incident> incidents = fx.workspace.incidents().forDataset(fx.datasetId);
        Score s = Scorer.score(run.alerts(), incidents, run.span());
        assertThat(s.alerts()).as("the scenario raises alerts").isPositive();
        assertThat(score("Alerts")).isEqualTo(Units.count(s.alerts()));
        assertThat(score("Detected")).isEqualTo(Units.count(s.detected()));
        assertThat(score("True alerts")).isEqualTo(Units.count(s.trueAlerts()));
        assertThat(score("False alerts")).isEqualTo(Units.count(s.falseAlerts()));
        assertThat(score("Precision")).isEqualTo(Units.percent(s.precision()));
        assertThat(score("Recall")).isEqualTo(Units.percent(s.recall()));
        assertThat(html.select("#detection-alerts tbody tr")).hasSize(s.alerts());
        assertThat(figure("Alerts")).isEqualTo(Units.count(s.alerts()));
        assertThat(markdown).contains("| Recall | " + Units.percent(s.recall()) + " |");
        List<List<String>> alerts = rows("detection-alerts", 0, 1, 5, 6);
        for (int i = 0; i < s.alerts(); i++) {
            var a = run.alerts().get(i);
            assertThat(alerts.get(i)).containsExactly(a.rule(), a.key().display(), Units.bps(a.peakBps()), Units.pps(a.peakPps()));
        }
    }

    @Test
    void theDataUsedTableEqualsTheStoredRows() throws Exception {
        double[] stored = sql("SELECT sum(packets)::DOUBLE, sum(bytes)::DOUBLE, count(*)::DOUBLE FROM flows WHERE dataset_id = ?");
        List<List<String>> imports = rows("imports", 2, 4, 5, 6);
        assertThat(imports).containsExactly(List.of("complete", Units.count(stored[0]), Units.bytes(stored[1]),
                Units.count(stored[2])));
        assertThat(markdown).contains("| " + Units.count(stored[0]) + " | " + Units.bytes(stored[1]) + " | "
                + Units.count(stored[2]) + " |");
    }

    @Test
    void flowspecImpactEqualsCountsOfTheRuleAndTheLabel() throws Exception {
        long[] victim = Addresses.parse(NtpReportFixture.VICTIM);
        BigInteger v = Addresses.toBigInteger(victim[0], victim[1]);
        double[] matched = sql("SELECT sum(packets)::DOUBLE, sum(bytes)::DOUBLE FROM flows WHERE dataset_id = ?"
                + " AND dst_addr = " + v + " AND proto = 17 AND src_port = 123");
        String id = "#impact-rules-" + fx.datasetId;
        List<String> set = html.select(id + " tbody tr").last().select("td").eachText();
        assertThat(set.get(0)).isEqualTo("whole set");
        assertThat(set.get(1)).isEqualTo(Units.count(matched[0]));
        assertThat(set.get(2)).isEqualTo(Units.bytes(matched[1]));
        // the label's attack is exactly what the rule matches, and all of it is dropped
        assertThat(set.get(3)).isEqualTo(Units.count(4500));
        assertThat(set.get(4)).isEqualTo("0");
        List<List<String>> outcome = rows("impact-outcome-" + fx.datasetId, 0, 1, 2);
        assertThat(outcome.get(0)).containsExactly("Attack packets in range", Units.count(4500), Units.count(4500));
        double all = sql("SELECT sum(packets)::DOUBLE FROM flows WHERE dataset_id = ?")[0];
        assertThat(outcome.get(1).get(1)).isEqualTo(Units.count(all - 4500));
        assertThat(outcome.get(2)).containsExactly("Attack packets dropped", "100.0 %", "100.0 %");
        double toVictimLegit = sql("SELECT sum(packets)::DOUBLE FROM flows WHERE dataset_id = ? AND dst_addr = " + v
                + " AND NOT (proto = 17 AND src_port = 123)")[0];
        // blackholing drops the victim's legitimate packets too: all of them
        assertThat(outcome.get(3).get(2)).isEqualTo(Units.percent(toVictimLegit / (all - 4500)));
        assertThat(html.select("#mitigation pre").text()).contains("203.0.113.10/32").contains("discard");
        assertThat(markdown).contains("| whole set | " + Units.count(matched[0]) + " | " + Units.bytes(matched[1]) + " |");
    }

    @Test
    void theHtmlIsSelfContainedAndTheMarkdownHasNoSvg() {
        assertThat(html.select("script, link, img[src^=http]")).isEmpty();
        assertThat(html.select("figure svg")).hasSize(model.charts().size() + 1);
        assertThat(html.select("#incidents tbody tr td").first().text()).isEqualTo("ntp-monlist-reflection");
        assertThat(markdown).doesNotContain("<svg").contains("Chart omitted");
    }

    private String figure(String name) {
        return value("#summary-figures", name);
    }

    private String score(String name) {
        return value("#detection-score", name);
    }

    private static String value(String table, String name) {
        for (Element tr : html.select(table + " tbody tr")) {
            if (tr.child(0).text().equals(name)) return tr.child(1).text();
        }
        throw new AssertionError("no row '" + name + "' in " + table);
    }

    private static List<List<String>> rows(String tableId, int... columns) {
        List<List<String>> out = new ArrayList<>();
        for (Element tr : html.select("#" + tableId + " tbody tr")) {
            List<String> row = new ArrayList<>();
            for (int c : columns) row.add(tr.child(c).text());
            out.add(row);
        }
        return out;
    }

    private static double[] sql(String query) throws Exception {
        try (PreparedStatement ps = fx.workspace.connection().prepareStatement(query)) {
            ps.setLong(1, fx.datasetId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                int n = rs.getMetaData().getColumnCount();
                double[] out = new double[n];
                for (int i = 0; i < n; i++) {
                    Object o = rs.getObject(i + 1);
                    out[i] = o instanceof Number num ? num.doubleValue()
                            : o instanceof java.time.LocalDateTime t ? t.toEpochSecond(ZoneOffset.UTC) : Double.NaN;
                }
                return out;
            }
        }
    }
}

package org.flowbench.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flowbench.detect.Alert;
import org.flowbench.detect.IncidentOutcome;
import org.flowbench.detect.Score;
import org.flowbench.detect.SimulationResult;
import org.flowbench.detect.Suggestion;
import org.flowbench.detect.SweepAxis;
import org.flowbench.detect.SweepPoint;
import org.flowbench.detect.SweepResult;

/** Renders detect results as tables (table, CSV) or one JSON document. */
final class DetectOutput {
    static final List<String> ALERT_COLUMNS = List.of("rule", "key", "start", "detected_at", "end", "seconds",
            "peak_bps", "peak_pps", "windows", "vector");
    static final List<String> SCORE_COLUMNS = List.of("attacks", "detected", "alerts", "true_alerts", "false_alerts",
            "alert_minutes_outside", "precision", "recall");
    static final List<String> INCIDENT_COLUMNS = List.of("incident", "start", "detected", "time_to_detect_s", "alerts");

    private final TableOutput table;
    private final OutputFormat format;

    DetectOutput(TableOutput table, OutputFormat format) {
        this.table = table;
        this.format = format;
    }

    void alerts(SimulationResult r, Score score) {
        List<List<Object>> rows = new ArrayList<>();
        for (Alert a : r.alerts()) {
            rows.add(Arrays.asList(a.rule(), a.key().display(), a.start().toString(), a.detectedAt().toString(),
                    a.end().toString(), a.duration().toSeconds(), Math.round(a.peakBps()), round(a.peakPps()),
                    a.windows().size(), a.vector() == null ? null : a.vector().display()));
        }
        if (format == OutputFormat.JSON) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("alerts", TableOutput.asObjects(ALERT_COLUMNS, rows));
            if (score != null) {
                doc.put("score", TableOutput.asObjects(SCORE_COLUMNS, List.of(scoreRow(score))).get(0));
                doc.put("incidents", TableOutput.asObjects(INCIDENT_COLUMNS, incidentRows(score)));
            }
            table.json(doc);
            return;
        }
        table.rows(ALERT_COLUMNS, rows);
        if (score != null) {
            table.rows(SCORE_COLUMNS, List.of(scoreRow(score)));
            table.rows(INCIDENT_COLUMNS, incidentRows(score));
        }
    }

    void sweep(SweepResult r) {
        List<String> columns = new ArrayList<>();
        for (SweepAxis a : r.axes()) columns.add(a.label());
        columns.addAll(List.of("alerts", "alerting_keys", "attacks", "detected", "false_alerts", "alert_minutes_outside",
                "precision", "recall", "max_time_to_detect_s", "best"));
        List<List<Object>> rows = new ArrayList<>();
        SweepPoint best = r.best().orElse(null);
        for (SweepPoint p : r.points()) {
            List<Object> row = new ArrayList<>(p.values());
            Score s = p.score();
            Long worst = s.outcomes().stream().filter(IncidentOutcome::detected)
                    .map(o -> o.timeToDetect().toSeconds()).max(Long::compare).orElse(null);
            row.addAll(Arrays.asList(p.alerts(), p.alertingKeys(), s.attacks(), s.detected(), s.falseAlerts(),
                    round(s.alertMinutesOutside()), round(s.precision()), round(s.recall()), worst, p == best));
            rows.add(row);
        }
        table.rows(columns, rows);
    }

    void suggestions(Map<String, List<Suggestion>> byRule) {
        List<String> columns = List.of("rule", "key", "quiet_windows", "pps_p50", "pps_p95", "pps_p99", "pps_max",
                "suggested_pps", "pps_margin", "bps_p50", "bps_p95", "bps_p99", "bps_max", "suggested_bps", "bps_margin");
        List<List<Object>> rows = new ArrayList<>();
        byRule.forEach((rule, list) -> {
            for (Suggestion s : list) {
                rows.add(Arrays.asList(rule, s.key().display(), s.quietWindows(), round(s.pps().p50()), round(s.pps().p95()),
                        round(s.pps().p99()), round(s.pps().max()), round(s.suggestedPps()), round(s.ppsMargin()),
                        Math.round(s.bps().p50()), Math.round(s.bps().p95()), Math.round(s.bps().p99()),
                        Math.round(s.bps().max()), Math.round(s.suggestedBps()), round(s.bpsMargin())));
            }
        });
        table.rows(columns, rows);
    }

    private static List<Object> scoreRow(Score s) {
        return Arrays.asList(s.attacks(), s.detected(), s.alerts(), s.trueAlerts(), s.falseAlerts(),
                round(s.alertMinutesOutside()), round(s.precision()), round(s.recall()));
    }

    private static List<List<Object>> incidentRows(Score s) {
        List<List<Object>> rows = new ArrayList<>();
        for (IncidentOutcome o : s.outcomes()) {
            rows.add(Arrays.asList(o.incident().name(), o.incident().start().toString(), o.detected(),
                    o.timeToDetect() == null ? null : o.timeToDetect().toSeconds(), o.matchingAlerts()));
        }
        return rows;
    }

    private static Double round(Double v) {
        return v == null ? null : Math.round(v * 1000) / 1000.0;
    }
}

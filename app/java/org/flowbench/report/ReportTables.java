package org.flowbench.report;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.flowbench.detect.Alert;
import org.flowbench.detect.IncidentOutcome;
import org.flowbench.detect.Score;
import org.flowbench.flowspec.impact.ImpactFigures;
import org.flowbench.flowspec.impact.ImpactReport;
import org.flowbench.flowspec.impact.RuleImpact;
import org.flowbench.ingest.ImportReport;
import org.flowbench.store.DatasetInfo;
import org.flowbench.store.Incident;

/** The report's tables, every cell formatted by {@link Units} from a figure of the {@link ReportModel}. */
final class ReportTables {
    private ReportTables() {}

    static Block.Table summary(ReportModel m) {
        ReportModel.Totals t = m.totals();
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("From", Units.time(m.from())));
        rows.add(List.of("To", Units.time(m.to())));
        rows.add(List.of("Duration", Units.duration(Duration.between(m.from(), m.to()))));
        rows.add(List.of("Datasets", Units.count(m.datasets().size())));
        rows.add(List.of("Packets", Units.count(t.packets())));
        rows.add(List.of("Bytes", Units.bytes(t.bytes())));
        rows.add(List.of("Flows", Units.count(t.flows())));
        rows.add(List.of("Average rate", Units.bps(t.averageBps())));
        rows.add(List.of("Peak rate (" + t.stepSeconds() + " s buckets)", Units.bps(t.peakBps())));
        rows.add(List.of("Incidents", Units.count(m.incidents().size())));
        if (m.detection() != null) rows.add(List.of("Alerts", Units.count(m.detection().alerts().size())));
        return new Block.Table("summary-figures", List.of("Figure", "Value"), rows, 1);
    }

    static Block.Table top(ReportModel.TopList t) {
        List<List<String>> rows = new ArrayList<>();
        for (ReportModel.TopRow r : t.rows()) rows.add(topRow(r));
        if (t.other() != null) rows.add(topRow(t.other()));
        if (t.total() != null) rows.add(topRow(t.total()));
        return new Block.Table("top-" + t.id(), List.of(t.keyHeader(), "Bytes", "Average rate", "Share"), rows, 1);
    }

    private static List<String> topRow(ReportModel.TopRow r) {
        return List.of(r.key(), Units.bytes(r.bytes()), Units.bps(r.averageBps()), Units.percent(r.share()));
    }

    static Block.Table incidents(List<Incident> incidents) {
        List<List<String>> rows = new ArrayList<>();
        for (Incident i : incidents) {
            rows.add(List.of(i.name(), i.kind().sqlName(), i.victim() == null ? "-" : i.victim(), Units.time(i.start()),
                    Units.time(i.end()), Units.duration(Duration.between(i.start(), i.end()))));
        }
        return new Block.Table("incidents", List.of("Incident", "Kind", "Victim", "Start", "End", "Duration"), rows, 5);
    }

    static Block.Table score(Score s) {
        List<List<String>> rows = List.of(
                List.of("Attack incidents", Units.count(s.attacks())),
                List.of("Detected", Units.count(s.detected())),
                List.of("Alerts", Units.count(s.alerts())),
                List.of("True alerts", Units.count(s.trueAlerts())),
                List.of("False alerts", Units.count(s.falseAlerts())),
                List.of("Precision", Units.percent(s.precision())),
                List.of("Recall", Units.percent(s.recall())),
                List.of("Alert time outside attacks", Units.minutes(s.alertMinutesOutside())));
        return new Block.Table("detection-score", List.of("Score", "Value"), rows, 1);
    }

    static Block.Table outcomes(Score s) {
        List<List<String>> rows = new ArrayList<>();
        for (IncidentOutcome o : s.outcomes()) {
            rows.add(List.of(o.incident().name(), o.detected() ? "yes" : "no", Units.duration(o.timeToDetect()),
                    Units.count(o.matchingAlerts())));
        }
        return new Block.Table("detection-outcomes", List.of("Attack", "Detected", "Time to detect", "Alerts"), rows, 2);
    }

    static Block.Table alerts(List<Alert> alerts) {
        List<List<String>> rows = new ArrayList<>();
        for (Alert a : alerts) {
            rows.add(List.of(a.rule(), a.key().display(), a.vector() == null ? "-" : a.vector().display(),
                    Units.time(a.start()), Units.duration(a.duration()), Units.bps(a.peakBps()), Units.pps(a.peakPps())));
        }
        return new Block.Table("detection-alerts", List.of("Rule", "Key", "Vector", "Start", "Duration", "Peak bit rate",
                "Peak packet rate"), rows, 4);
    }

    /** Per rule and for the set: matched, dropped attack and legitimate traffic. */
    static Block.Table impact(String id, ImpactReport r) {
        List<List<String>> rows = new ArrayList<>();
        for (RuleImpact ri : r.rules()) rows.add(impactRow("#" + ri.position() + " " + ri.label(), ri.figures()));
        rows.add(impactRow("whole set", r.set()));
        return new Block.Table(id, List.of("Rule", "Matched packets", "Matched bytes", "Attack packets dropped",
                "Legitimate packets dropped", "Legitimate sources hit"), rows, 1);
    }

    private static List<String> impactRow(String label, ImpactFigures f) {
        return List.of(label, Units.count(f.matched().total().packets()), Units.bytes(f.matched().total().bytes()),
                Units.count(f.dropped().attack().packets()), Units.count(f.dropped().legit().packets()),
                Units.count(f.legitSourcesHit()));
    }

    /** The set's outcome, beside RTBH of the victim when it was simulated. */
    static Block.Table outcome(String id, ImpactReport flowspec, ImpactReport rtbh) {
        List<String> headers = rtbh == null ? List.of("Outcome", "Flowspec") : List.of("Outcome", "Flowspec", "RTBH");
        List<List<String>> rows = new ArrayList<>();
        rows.add(pair("Attack packets in range", flowspec, rtbh, r -> Units.count(r.total().attack().packets())));
        rows.add(pair("Legitimate packets in range", flowspec, rtbh, r -> Units.count(r.total().legit().packets())));
        rows.add(pair("Attack packets dropped", flowspec, rtbh, r -> Units.percent(r.attackPacketsDroppedShare())));
        rows.add(pair("Legitimate packets dropped", flowspec, rtbh, r -> Units.percent(r.legitPacketsDroppedShare())));
        rows.add(pair("Victim's legitimate packets dropped", flowspec, rtbh,
                r -> Units.percent(r.legitVictimPacketsDroppedShare())));
        return new Block.Table(id, headers, rows, 1);
    }

    private static List<String> pair(String label, ImpactReport a, ImpactReport b,
                                     java.util.function.Function<ImpactReport, String> f) {
        return b == null ? List.of(label, f.apply(a)) : List.of(label, f.apply(a), f.apply(b));
    }

    static Block.Table imports(List<ReportModel.DatasetSection> datasets) {
        List<List<String>> rows = new ArrayList<>();
        for (ReportModel.DatasetSection d : datasets) {
            DatasetInfo i = d.info();
            ImportReport r = d.imported();
            rows.add(List.of(i.name(), i.sourcePath() == null ? "-" : i.sourcePath(), i.status().name().toLowerCase(java.util.Locale.ROOT),
                    r == null ? "-" : Units.count(r.packets()), Units.count(i.packets()), Units.bytes(i.bytes()),
                    Units.count(i.rows()), r == null ? "-" : Units.count(r.nonIp()),
                    r == null ? "-" : Units.count(r.truncated() + r.malformed() + r.unsupportedLink()),
                    r == null ? "-" : Units.count(r.damageTotal())));
        }
        return new Block.Table("imports", List.of("Dataset", "File", "Status", "Records read", "Packets stored",
                "Bytes stored", "Rows", "Non-IP", "Truncated or malformed", "Damaged places"), rows, 3);
    }
}

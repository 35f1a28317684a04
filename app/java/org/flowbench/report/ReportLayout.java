package org.flowbench.report;

import java.util.ArrayList;
import java.util.List;
import org.flowbench.detect.Score;
import org.flowbench.task.Nouns;

/** The sections of a report in reading order, the same for every output format. */
public final class ReportLayout {
    private ReportLayout() {}

    public static List<Block.Section> sections(ReportModel m) {
        List<Block.Section> out = new ArrayList<>();
        out.add(new Block.Section("summary", "Summary", summary(m)));
        out.add(new Block.Section("timeline", "Timeline", List.of(
                new Block.Para("Incidents and detection alerts over the report's range (UTC)."),
                new Block.Figure("timeline", "Timeline of incidents and alerts", () -> TimelineSvg.render(m)))));
        List<Block> charts = new ArrayList<>();
        for (ReportModel.Chart c : m.charts()) {
            charts.add(new Block.Figure("chart-" + c.id(), c.title() + " (" + c.unit() + ", " + c.stepSeconds() + " s buckets)",
                    () -> SvgChart.render(c)));
        }
        out.add(new Block.Section("traffic", "Traffic", charts));
        List<Block> tops = new ArrayList<>();
        for (ReportModel.TopList t : m.tops()) {
            tops.add(new Block.Heading(t.title()));
            tops.add(ReportTables.top(t));
        }
        out.add(new Block.Section("top", "Top talkers", tops));
        out.add(new Block.Section("incidents", "Incidents", m.incidents().isEmpty()
                ? List.of(new Block.Para("No incidents were included."))
                : List.of(ReportTables.incidents(m.incidents()))));
        if (m.detection() != null) out.add(new Block.Section("detection", "Detection", detection(m.detection())));
        if (!m.mitigations().isEmpty()) out.add(new Block.Section("mitigation", "Mitigation", mitigation(m)));
        out.add(new Block.Section("imports", "Data used", List.of(
                new Block.Para("The datasets this report reads and what their imports found."),
                ReportTables.imports(m.datasets()))));
        if (!m.notes().isEmpty()) {
            List<Block> notes = new ArrayList<>();
            for (String n : m.notes()) notes.add(new Block.Para(n));
            out.add(new Block.Section("notes", "Notes", notes));
        }
        return out;
    }

    private static List<Block> summary(ReportModel m) {
        List<Block> b = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        text.append("Traffic from ").append(Units.time(m.from())).append(" to ").append(Units.time(m.to()))
                .append(": ").append(Units.bytes(m.totals().bytes())).append(" in ").append(Units.count(m.totals().packets()))
                .append(" packets, peaking at ").append(Units.bps(m.totals().peakBps())).append('.');
        if (!m.tops().isEmpty() && !m.tops().get(0).rows().isEmpty()) {
            ReportModel.TopRow first = m.tops().get(0).rows().get(0);
            text.append(" The most traffic went to ").append(first.key()).append(" (").append(Units.percent(first.share()))
                    .append(" of the bytes).");
        }
        if (m.detection() != null) {
            Score s = m.detection().score();
            text.append(" Detection rules '").append(m.detection().ruleSetName()).append("' raised ")
                    .append(Nouns.count(s.alerts(), "alert")).append(" and detected ").append(Units.count(s.detected()))
                    .append(" of ").append(Nouns.count(s.attacks(), "attack")).append('.');
        }
        b.add(new Block.Para(text.toString()));
        b.add(ReportTables.summary(m));
        return b;
    }

    private static List<Block> detection(ReportModel.Detection d) {
        List<Block> b = new ArrayList<>();
        b.add(new Block.Para("Rule file " + d.ruleFile() + " (" + Nouns.count(d.rules(), "rule") + ") replayed over the datasets; "
                + "alerts are scored against the report's incidents."));
        b.add(ReportTables.score(d.score()));
        if (!d.score().outcomes().isEmpty()) b.add(ReportTables.outcomes(d.score()));
        b.add(d.alerts().isEmpty() ? new Block.Para("No alerts.") : ReportTables.alerts(d.alerts()));
        return b;
    }

    private static List<Block> mitigation(ReportModel m) {
        List<Block> b = new ArrayList<>();
        for (ReportModel.Mitigation mi : m.mitigations()) {
            String suffix = "-" + mi.datasetId();
            b.add(new Block.Para("Flowspec rules " + mi.ruleFile() + " simulated over " + mi.datasetName()
                    + (mi.victim() == null ? "" : "; victim " + mi.victim()) + "; attack traffic as the incidents label it."));
            b.add(ReportTables.outcome("impact-outcome" + suffix, mi.flowspec(), mi.rtbh()));
            b.add(ReportTables.impact("impact-rules" + suffix, mi.flowspec()));
            for (String note : mi.flowspec().notes()) b.add(new Block.Para(note));
            b.add(new Block.Para("Router configuration (" + mi.dialect() + "):"));
            b.add(mi.routerSyntax() != null ? new Block.Pre(mi.routerSyntax())
                    : new Block.Para("Not expressible in " + mi.dialect() + ": " + mi.syntaxError()));
        }
        return b;
    }
}

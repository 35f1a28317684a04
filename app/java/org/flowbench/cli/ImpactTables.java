package org.flowbench.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.flowbench.flowspec.impact.ImpactFigures;
import org.flowbench.flowspec.impact.ImpactReport;
import org.flowbench.flowspec.impact.RuleImpact;

/** Impact reports as table rows: one per rule, then the whole set, volumes rounded to whole packets and bytes. */
final class ImpactTables {
    static final List<String> COLUMNS = List.of("scope", "position", "rule", "matched_packets", "matched_bytes",
            "attack_packets", "legit_packets", "discarded_packets", "rate_limited_packets", "passed_packets",
            "dropped_bytes", "legit_dropped_packets", "legit_dropped_bytes", "legit_sources_hit", "legit_destinations_hit");

    private ImpactTables() {}

    static List<List<Object>> rows(String scope, ImpactReport r) {
        List<List<Object>> rows = new ArrayList<>();
        for (RuleImpact ri : r.rules()) rows.add(row(scope, ri.position(), ri.label(), ri.figures()));
        rows.add(row(scope, null, r.subject(), r.set()));
        return rows;
    }

    private static List<Object> row(String scope, Integer position, String label, ImpactFigures f) {
        List<Object> row = new ArrayList<>();
        row.add(scope);
        row.add(position);
        row.add(label);
        row.add(Math.round(f.matched().total().packets()));
        row.add(Math.round(f.matched().total().bytes()));
        row.add(Math.round(f.matched().attack().packets()));
        row.add(Math.round(f.matched().legit().packets()));
        row.add(Math.round(f.discarded().total().packets()));
        row.add(Math.round(f.rateLimited().total().packets()));
        row.add(Math.round(f.passed().total().packets()));
        row.add(Math.round(f.dropped().total().bytes()));
        row.add(Math.round(f.dropped().legit().packets()));
        row.add(Math.round(f.dropped().legit().bytes()));
        row.add(f.legitSourcesHit());
        row.add(f.legitDestinationsHit());
        return row;
    }

    /** The lines a person reads under the table: shares, the estimate flag, notes. */
    static void summary(PrintWriter out, ImpactReport r) {
        out.printf(Locale.ROOT, "%s: %s of attack packets dropped, %s of legitimate packets (%s of the victim's own)%s%n",
                r.subject(), percent(r.attackPacketsDroppedShare()), percent(r.legitPacketsDroppedShare()),
                percent(r.legitVictimPacketsDroppedShare()), r.estimate() ? "  [estimate]" : "");
        for (String n : r.notes()) out.println("  note: " + n);
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.2f%%", share * 100);
    }
}

package org.flowbench.report;

import java.time.Instant;
import java.util.List;
import org.flowbench.detect.Alert;
import org.flowbench.detect.Score;
import org.flowbench.flowspec.impact.ImpactReport;
import org.flowbench.ingest.ImportReport;
import org.flowbench.store.DatasetInfo;
import org.flowbench.store.Incident;

/**
 * Everything a report shows, gathered once by {@link ReportBuilder}; the renderers only format it.
 *
 * @param from      the range the report covers (resolved: never null)
 * @param to        its exclusive end
 * @param totals    the whole range's traffic
 * @param detection null when no detection rules were given
 * @param mitigations one per dataset simulated; empty when no Flowspec rules were given
 * @param notes     what the report could not include, and why
 */
public record ReportModel(String title, String author, Instant generatedAt, Instant from, Instant to,
                          List<DatasetSection> datasets, Totals totals, List<Chart> charts, List<TopList> tops,
                          List<Incident> incidents, Detection detection, List<Mitigation> mitigations,
                          List<String> notes) {
    public ReportModel {
        datasets = List.copyOf(datasets);
        charts = List.copyOf(charts);
        tops = List.copyOf(tops);
        incidents = List.copyOf(incidents);
        mitigations = List.copyOf(mitigations);
        notes = List.copyOf(notes);
    }

    /** A dataset and its import report (null when the stored report could not be read). */
    public record DatasetSection(DatasetInfo info, ImportReport imported) {}

    /** Layer-3 traffic over the range, scaled by sampling rate; peaks per chart bucket. */
    public record Totals(double packets, double bytes, double flows, double peakBps, double averageBps, long stepSeconds) {}

    /**
     * A chart's data: one time axis and stacked series, rates per bucket.
     *
     * @param unit  "bit/s"
     * @param series each with its total over the range in {@code totalUnit}
     */
    public record Chart(String id, String title, String unit, List<Instant> buckets, long stepSeconds,
                        List<ChartSeries> series) {
        public Chart {
            buckets = List.copyOf(buckets);
            series = List.copyOf(series);
        }
    }

    /** @param totalBytes bytes over the range (bits / 8) */
    public record ChartSeries(String label, double[] values, double totalBytes, double peak) {}

    /** A top-N table by bytes. */
    public record TopList(String id, String title, String keyHeader, List<TopRow> rows, TopRow other, TopRow total) {
        public TopList {
            rows = List.copyOf(rows);
        }
    }

    /** @param averageBps mean rate over the range, bits per second */
    public record TopRow(String key, double bytes, double averageBps, double share) {}

    /** Alerts of a detection rule file replayed over the datasets, scored against the included incidents. */
    public record Detection(String ruleFile, String ruleSetName, int rules, List<Alert> alerts, Score score) {
        public Detection {
            alerts = List.copyOf(alerts);
        }
    }

    /**
     * A Flowspec rule set simulated over one dataset, optionally beside an RTBH of the victim.
     *
     * @param victim       the prefix the before/after series and RTBH are about; null when unknown
     * @param routerSyntax the rules in {@code dialect}, or null with {@code syntaxError} saying why
     */
    public record Mitigation(long datasetId, String datasetName, String ruleFile, String dialect, String victim,
                             ImpactReport flowspec, ImpactReport rtbh, String routerSyntax, String syntaxError) {}
}

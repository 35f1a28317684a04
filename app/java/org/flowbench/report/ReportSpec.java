package org.flowbench.report;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * What a post-mortem report covers.
 *
 * @param datasetIds     the workspace datasets whose traffic the report adds together
 * @param from           start of the range, inclusive; null = start of the data
 * @param to             end of the range, exclusive; null = end of the data
 * @param incidentIds    incidents to include; null = every incident of those datasets
 * @param detectionRules a detection rule file (JSON or YAML, see {@code RuleFiles}) or saved detection set to replay; null for none
 * @param flowspecRules  a Flowspec rule file in any readable dialect, or a saved Flowspec set, to simulate; null for none
 * @param rtbh           whether to simulate blackholing the victim beside the Flowspec rules
 * @param dialect        router dialect the rules are printed in ({@code Dialects} names)
 * @param topN           rows of the top-N tables and series of the split charts
 */
public record ReportSpec(List<Long> datasetIds, Instant from, Instant to, List<Long> incidentIds,
                         RuleSource detectionRules, RuleSource flowspecRules, boolean rtbh, String dialect,
                         String title, String author, int topN) {
    public static final String DEFAULT_DIALECT = "junos";
    public static final int DEFAULT_TOP = 5;

    public ReportSpec {
        if (datasetIds == null || datasetIds.isEmpty()) throw new IllegalArgumentException("a report needs at least one dataset");
        datasetIds = List.copyOf(datasetIds);
        incidentIds = incidentIds == null ? null : List.copyOf(incidentIds);
        if (from != null && to != null && !from.isBefore(to)) {
            throw new IllegalArgumentException("the range is empty: from " + from + " is not before to " + to);
        }
        if (dialect == null || dialect.isBlank()) dialect = DEFAULT_DIALECT;
        if (title == null || title.isBlank()) title = "Traffic incident post-mortem";
        if (author == null) author = "";
        if (topN < 1) throw new IllegalArgumentException("top N must be at least 1, got " + topN);
    }

    /** Every dataset's whole span, all its incidents, no rules. */
    public static ReportSpec of(List<Long> datasetIds) {
        return new ReportSpec(datasetIds, null, null, null, null, null, false, DEFAULT_DIALECT, null, null, DEFAULT_TOP);
    }

    public ReportSpec withRange(Instant f, Instant t) {
        return new ReportSpec(datasetIds, f, t, incidentIds, detectionRules, flowspecRules, rtbh, dialect, title, author, topN);
    }

    public ReportSpec withIncidents(List<Long> ids) {
        return new ReportSpec(datasetIds, from, to, ids, detectionRules, flowspecRules, rtbh, dialect, title, author, topN);
    }

    public ReportSpec withDetectionRules(Path file) {
        return withDetectionRules(RuleSource.file(file));
    }

    public ReportSpec withDetectionRules(RuleSource rules) {
        return new ReportSpec(datasetIds, from, to, incidentIds, rules, flowspecRules, rtbh, dialect, title, author, topN);
    }

    public ReportSpec withFlowspec(Path file, boolean withRtbh, String routerDialect) {
        return withFlowspec(RuleSource.file(file), withRtbh, routerDialect);
    }

    public ReportSpec withFlowspec(RuleSource rules, boolean withRtbh, String routerDialect) {
        return new ReportSpec(datasetIds, from, to, incidentIds, detectionRules, rules, withRtbh, routerDialect, title, author, topN);
    }

    public ReportSpec withTitle(String t, String by) {
        return new ReportSpec(datasetIds, from, to, incidentIds, detectionRules, flowspecRules, rtbh, dialect, t, by, topN);
    }
}

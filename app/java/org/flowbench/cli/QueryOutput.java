package org.flowbench.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flowbench.query.Metric;
import org.flowbench.query.QuerySpec;
import org.flowbench.query.Series;
import org.flowbench.query.SeriesResult;
import org.flowbench.query.SeriesStats;
import org.flowbench.query.TimeGrid;
import org.flowbench.query.TopTable;
import org.flowbench.schema.FlowField;
import org.flowbench.store.DatasetInfo;

/**
 * Prints Explore answers: series as one row per bucket and one column per series (table and
 * CSV; the table format adds each series' min, average, max, 95th percentile and total), top-N
 * tables as one row per key; JSON carries everything, with units.
 */
final class QueryOutput {
    private final TableOutput output;
    private final PrintWriter out;
    private final OutputFormat format;
    private final List<DatasetInfo> datasets;

    QueryOutput(TableOutput output, PrintWriter out, OutputFormat format, List<DatasetInfo> datasets) {
        this.output = output;
        this.out = out;
        this.format = format;
        this.datasets = datasets;
    }

    void print(SeriesResult r) {
        List<Series> all = new ArrayList<>(r.series());
        List<String> columns = new ArrayList<>(List.of("time"));
        for (Series s : r.series()) columns.add(s.label());
        for (Series s : r.previous()) columns.add(s.label() + " (previous)");
        all.addAll(r.previous());
        List<List<Object>> rows = new ArrayList<>();
        TimeGrid g = r.grid();
        for (int i = 0; i < g.buckets(); i++) {
            List<Object> row = new ArrayList<>(List.of(g.bucketStart(i).toString()));
            for (Series s : all) row.add(number(s.values()[i]));
            rows.add(row);
        }
        switch (format) {
            case JSON -> output.json(seriesJson(r));
            case CSV -> output.rows(columns, rows);
            case TABLE -> {
                heading(r.spec(), g, r.metric().unit());
                output.rows(columns, rows);
                out.println();
                List<List<Object>> stats = new ArrayList<>();
                for (int i = 0; i < all.size(); i++) {
                    SeriesStats s = all.get(i).stats();
                    stats.add(Arrays.asList(columns.get(i + 1), number(s.min()), number(s.average()), number(s.max()),
                            number(s.p95()), number(s.total())));
                }
                output.rows(List.of("series", "min", "average", "max", "p95", "total (" + r.metric().totalUnit() + ")"), stats);
            }
        }
        out.flush();
    }

    void print(TopTable t) {
        List<FlowField> dims = t.spec().dimensions();
        List<String> columns = new ArrayList<>();
        for (FlowField f : dims) columns.add(f.column());
        if (dims.isEmpty()) columns.add("series");
        columns.addAll(List.of("total", "average", "share"));
        List<List<Object>> rows = new ArrayList<>();
        for (TopTable.Row r : t.rows()) rows.add(tableRow(r, Math.max(1, dims.size())));
        if (t.other() != null) rows.add(tableRow(t.other(), Math.max(1, dims.size())));
        if (t.total() != null && !dims.isEmpty()) rows.add(tableRow(t.total(), dims.size()));
        switch (format) {
            case JSON -> output.json(tableJson(t));
            case CSV -> output.rows(columns, rows);
            case TABLE -> {
                Metric m = t.spec().metric();
                heading(t.spec(), t.grid(), "total in " + m.totalUnit() + ", average in "
                        + (m.isRate() ? m.unit() : m.unit() + "/s"));
                output.rows(columns, rows);
            }
        }
        out.flush();
    }

    private static List<Object> tableRow(TopTable.Row r, int keyColumns) {
        List<Object> row = new ArrayList<>();
        if (r.keys().isEmpty()) {
            row.add(r.label());
            for (int i = 1; i < keyColumns; i++) row.add(null);
        } else {
            row.addAll(r.keys());
        }
        row.add(number(r.total()));
        row.add(number(r.average()));
        row.add(number(r.share()));
        return row;
    }

    private void heading(QuerySpec spec, TimeGrid g, String unit) {
        List<String> names = new ArrayList<>();
        for (DatasetInfo d : datasets) names.add(d.id() + " (" + d.name() + ")");
        String split = spec.dimensions().isEmpty() ? "" : " by " + String.join(", ",
                spec.dimensions().stream().map(FlowField::column).toList()) + ", top " + spec.topN();
        out.printf("Dataset %s: %s (%s)%s%n", String.join(" + ", names), spec.metric().shortName(), unit, split);
        out.printf("Range:   %s .. %s, step %d s, %d buckets%n%n", g.from(), g.to(), g.stepSeconds(), g.buckets());
    }

    private Map<String, Object> common(QuerySpec spec, TimeGrid g) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("datasets", spec.datasetIds());
        doc.put("metric", spec.metric().shortName());
        doc.put("unit", spec.metric().unit());
        doc.put("totalUnit", spec.metric().totalUnit());
        doc.put("dimensions", spec.dimensions().stream().map(FlowField::column).toList());
        doc.put("from", g.buckets() == 0 ? null : g.from());
        doc.put("to", g.buckets() == 0 ? null : g.to());
        doc.put("stepSeconds", g.stepSeconds());
        return doc;
    }

    private Map<String, Object> seriesJson(SeriesResult r) {
        Map<String, Object> doc = common(r.spec(), r.grid());
        List<Instant> buckets = r.bucketStarts();
        doc.put("buckets", buckets);
        doc.put("series", r.series().stream().map(QueryOutput::seriesJson).toList());
        if (r.previousShift() != null) {
            doc.put("previousShiftSeconds", r.previousShift().getSeconds());
            doc.put("previous", r.previous().stream().map(QueryOutput::seriesJson).toList());
        }
        return doc;
    }

    private static Map<String, Object> seriesJson(Series s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("label", s.label());
        m.put("keys", s.keys());
        m.put("other", s.other());
        List<Object> values = new ArrayList<>();
        for (double v : s.values()) values.add(number(v));
        m.put("values", values);
        SeriesStats st = s.stats();
        Map<String, Object> stats = new LinkedHashMap<>();
        stats.put("min", number(st.min()));
        stats.put("average", number(st.average()));
        stats.put("max", number(st.max()));
        stats.put("p95", number(st.p95()));
        stats.put("total", number(st.total()));
        m.put("stats", stats);
        return m;
    }

    private Map<String, Object> tableJson(TopTable t) {
        Map<String, Object> doc = common(t.spec(), t.grid());
        doc.put("rows", t.rows().stream().map(QueryOutput::rowJson).toList());
        doc.put("other", t.other() == null ? null : rowJson(t.other()));
        doc.put("total", t.total() == null ? null : rowJson(t.total()));
        return doc;
    }

    private static Map<String, Object> rowJson(TopTable.Row r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("label", r.label());
        m.put("keys", r.keys());
        m.put("total", number(r.total()));
        m.put("average", number(r.average()));
        m.put("share", number(r.share()));
        return m;
    }

    /** Whole numbers as integers, others to 3 decimals, NaN (undefined) as an empty cell or null. */
    static Number number(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) return null;
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return (long) v;
        return BigDecimal.valueOf(v).setScale(3, RoundingMode.HALF_EVEN);
    }
}

package org.flowbench.ui.explore;

import java.util.List;
import java.util.Locale;
import org.flowbench.query.Metric;

/** The Explore table as CSV: one line per series, numbers unformatted, in the metric's units. */
final class SeriesTableCsv {
    private SeriesTableCsv() { }

    static String of(Metric metric, List<SeriesRow> rows) {
        StringBuilder out = new StringBuilder("series,min_" + unitName(metric.unit()) + ",average_" + unitName(metric.unit())
                + ",max_" + unitName(metric.unit()) + ",p95_" + unitName(metric.unit()) + ",total_"
                + unitName(metric.totalUnit()) + "\n");
        for (SeriesRow row : rows) {
            out.append(field(row.label())).append(',').append(number(row.stats().min())).append(',')
                    .append(number(row.stats().average())).append(',').append(number(row.stats().max())).append(',')
                    .append(number(row.stats().p95())).append(',').append(number(row.stats().total())).append('\n');
        }
        return out.toString();
    }

    private static String unitName(String unit) {
        return unit.replace("/", "_per_").replace(' ', '_');
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : String.format(Locale.ROOT, "%.3f", v);
    }

    /** RFC 4180: a field holding a comma, quote or line break is quoted, its quotes doubled. */
    private static String field(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}

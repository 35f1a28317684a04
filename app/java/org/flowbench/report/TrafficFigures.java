package org.flowbench.report;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.flowbench.query.ExploreQuery;
import org.flowbench.query.Metric;
import org.flowbench.query.QuerySpec;
import org.flowbench.query.Series;
import org.flowbench.query.SeriesResult;
import org.flowbench.query.TopTable;
import org.flowbench.schema.FlowField;
import org.flowbench.store.Workspace;

/** The report's traffic charts, totals and top-N tables, all asked of {@link ExploreQuery}. */
final class TrafficFigures {
    private final ExploreQuery query;
    private final QuerySpec base;

    TrafficFigures(Workspace workspace, ReportSpec spec) {
        this.query = new ExploreQuery(workspace);
        this.base = QuerySpec.builder().datasets(spec.datasetIds()).range(spec.from(), spec.to()).top(spec.topN()).build();
    }

    /** The overall bit rate; its grid resolves the report's range. */
    SeriesResult overall() throws SQLException {
        return query.series(base.toBuilder().metric(Metric.BPS).build());
    }

    ReportModel.Totals totals(SeriesResult overall) throws SQLException {
        double peak = 0, average = 0;
        if (!overall.series().isEmpty()) {
            peak = overall.series().get(0).stats().max();
            average = overall.series().get(0).stats().average();
        }
        return new ReportModel.Totals(total(Metric.PACKETS), total(Metric.BYTES), total(Metric.FLOWS), peak, average,
                overall.grid().stepSeconds());
    }

    private double total(Metric m) throws SQLException {
        SeriesResult r = query.series(base.toBuilder().metric(m).build());
        return r.series().isEmpty() ? 0 : r.series().get(0).stats().total();
    }

    /** A stacked bit-rate chart split by {@code by} (nothing: one total series). */
    ReportModel.Chart chart(String id, String title, SeriesResult r) {
        List<ReportModel.ChartSeries> series = new ArrayList<>();
        for (Series s : r.series()) {
            // a rate's total is in bits over the range
            series.add(new ReportModel.ChartSeries(s.label(), s.values().clone(), s.stats().total() / 8, s.stats().max()));
        }
        return new ReportModel.Chart(id, title, Metric.BPS.unit(), r.bucketStarts(), r.grid().stepSeconds(), series);
    }

    SeriesResult split(FlowField... by) throws SQLException {
        return query.series(base.toBuilder().metric(Metric.BPS).by(by).build());
    }

    /** The top keys by bytes over the range, with Other and the total. */
    ReportModel.TopList top(String id, String title, String keyHeader, FlowField... by) throws SQLException {
        TopTable t = query.top(base.toBuilder().metric(Metric.BYTES).by(by).build());
        List<ReportModel.TopRow> rows = new ArrayList<>();
        for (TopTable.Row r : t.rows()) rows.add(row(r));
        return new ReportModel.TopList(id, title, keyHeader, rows, t.other() == null ? null : row(t.other()),
                t.total() == null ? null : row(t.total()));
    }

    private static ReportModel.TopRow row(TopTable.Row r) {
        // the BYTES metric's average is bytes per second
        return new ReportModel.TopRow(r.label(), r.total(), r.average() * 8, r.share());
    }
}

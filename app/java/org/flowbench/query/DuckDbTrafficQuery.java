package org.flowbench.query;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.flowbench.store.DatasetInfo;
import org.flowbench.store.DatasetTotals;
import org.flowbench.store.Rollups;
import org.flowbench.store.Workspace;

/** Traffic over time from the {@code flows} table, rates scaled by each row's sampling rate. */
public final class DuckDbTrafficQuery implements TrafficQuery {
    private final Workspace workspace;

    public DuckDbTrafficQuery(Workspace workspace) {
        this.workspace = workspace;
    }

    @Override
    public List<TrafficPoint> series(long datasetId, int maxPoints) throws SQLException {
        Instant first, last;
        DatasetInfo info = workspace.datasets().get(datasetId)
                .orElseThrow(() -> new IllegalArgumentException("no dataset " + datasetId));
        if (info.firstTs() != null) {
            first = info.firstTs();
            last = info.lastTs();
        } else { // still importing: ask the rows
            DatasetTotals t = workspace.datasets().storedTotals(datasetId);
            if (t.firstTs() == null) return List.of();
            first = t.firstTs();
            last = t.lastTs();
        }
        long bucket = BucketSize.choose(first, last, maxPoints);
        long firstBucket = Math.floorDiv(first.getEpochSecond(), bucket);
        int n = (int) BucketSize.buckets(first.getEpochSecond(), last.getEpochSecond(), bucket);
        double[] bits = new double[n], packets = new double[n];
        // the per-second rollup has a few rows per second where flows has thousands
        String sql = Rollups.present(workspace, datasetId)
                ? "SELECT epoch_us(second) // 1000000 // ? AS b, sum(bytes)::DOUBLE, sum(packets)::DOUBLE"
                        + " FROM rollup_second_proto WHERE dataset_id = ? GROUP BY b"
                : "SELECT epoch_us(ts) // 1000000 // ? AS b, sum(bytes * sampling_rate)::DOUBLE,"
                        + " sum(packets * sampling_rate)::DOUBLE FROM flows WHERE dataset_id = ? GROUP BY b";
        try (PreparedStatement ps = workspace.connection().prepareStatement(sql)) {
            ps.setLong(1, bucket);
            ps.setLong(2, datasetId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long i = rs.getLong(1) - firstBucket;
                    if (i < 0 || i >= n) continue; // rows outside the recorded span (a partial dataset's stale span)
                    bits[(int) i] += rs.getDouble(2) * 8;
                    packets[(int) i] += rs.getDouble(3);
                }
            }
        }
        List<TrafficPoint> points = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            points.add(new TrafficPoint(Instant.ofEpochSecond((firstBucket + i) * bucket), bits[i] / bucket,
                    packets[i] / bucket));
        }
        return points;
    }
}

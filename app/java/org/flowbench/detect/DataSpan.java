package org.flowbench.detect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.flowbench.store.SqlTime;

/** The time the datasets cover, [first second, last second + 1 s): alerts are clipped to it when scored. */
public record DataSpan(Instant start, Instant end) {
    public static final DataSpan EMPTY = new DataSpan(Instant.EPOCH, Instant.EPOCH);

    static DataSpan of(Connection c, List<Long> datasets) throws SQLException {
        String in = String.join(", ", java.util.Collections.nCopies(datasets.size(), "?"));
        try (PreparedStatement ps = c.prepareStatement("SELECT min(ts), max(ts) FROM flows WHERE dataset_id IN (" + in + ")")) {
            for (int i = 0; i < datasets.size(); i++) ps.setLong(i + 1, datasets.get(i));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                Instant first = SqlTime.read(rs, 1), last = SqlTime.read(rs, 2);
                if (first == null) return EMPTY;
                return new DataSpan(first, last.plusSeconds(1));
            }
        }
    }

    public boolean isEmpty() { return !end.isAfter(start); }
}

package org.flowbench.query;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.flowbench.store.DatasetInfo;
import org.flowbench.store.DatasetTotals;
import org.flowbench.store.Rollups;
import org.flowbench.store.Workspace;

/**
 * Where the datasets' rows lie in time, [first, end) with end one second after the start of the
 * last stored second, whether every dataset has its rollups, and whether every one has the
 * per-second per-destination rollup too (datasets imported before it existed do not), and the
 * heavy-key rollup (docs/decisions/0260). Null
 * times: no rows at all.
 */
record DataSpan(Instant first, Instant end, boolean rollups, boolean destinationSeconds, boolean heavyKeys) {

    static DataSpan of(Workspace workspace, List<Long> datasetIds) throws SQLException {
        Instant first = null, end = null;
        boolean rollups = true;
        for (long id : datasetIds) {
            DatasetInfo info = workspace.datasets().get(id)
                    .orElseThrow(() -> new IllegalArgumentException("no dataset " + id));
            Instant a = info.firstTs(), b = info.lastTs();
            if (a == null) { // still importing: ask the rows
                DatasetTotals t = workspace.datasets().storedTotals(id);
                a = t.firstTs();
                b = t.lastTs();
            }
            rollups &= Rollups.present(workspace, id);
            if (a == null) continue;
            Instant e = b.plusSeconds(1);
            first = first == null || a.isBefore(first) ? a : first;
            end = end == null || e.isAfter(end) ? e : end;
        }
        boolean seconds = rollups && Rollups.perSecondDestinationPresent(workspace.connection(), datasetIds);
        boolean heavy = rollups && Rollups.heavyKeysPresent(workspace.connection(), datasetIds);
        return new DataSpan(first, end, rollups, seconds, heavy);
    }

    boolean isEmpty() { return first == null; }

    /** Whether [from, to) holds every row of the datasets (time conditions are then moot). */
    boolean within(Instant from, Instant to) {
        return isEmpty() || (!from.isAfter(first) && !to.isBefore(end));
    }
}

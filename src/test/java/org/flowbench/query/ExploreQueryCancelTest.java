package org.flowbench.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.flowbench.testsupport.CancelWhileRunning.ENDLESS;

import java.util.concurrent.CancellationException;
import org.flowbench.schema.FlowField;
import org.flowbench.store.DatasetStatus;
import org.flowbench.task.Cancellation;
import org.flowbench.testsupport.CancelWhileRunning;
import org.flowbench.testsupport.FlowRows;
import org.flowbench.testsupport.FreshWorkspaceTest;
import org.junit.jupiter.api.Test;

/**
 * An Explore question stops when its task is cancelled, inside a running DuckDB statement too: the
 * view asks again at every edit, and a superseded question must not hold the cores.
 */
class ExploreQueryCancelTest extends FreshWorkspaceTest {
    private long dataset() throws Exception {
        long id = ws.datasets().create("cancel", "cancel", 0, null, "pcap");
        FlowRows rows = new FlowRows();
        for (int s = 0; s < 3; s++) rows.row(1_700_000_000L + s, "10.0.0.9", "192.0.2.1", 17, 53, 1000, 1, 100);
        rows.writeTo(ws, id);
        ws.datasets().finish(id, DatasetStatus.COMPLETE, ws.datasets().storedTotals(id), "{}");
        return id;
    }

    @Test
    void cancelInterruptsTheRunningStatementAndTheWorkspaceStaysUsable() throws Exception {
        long id = dataset();
        QuerySpec endless = QuerySpec.builder(id).filter(ENDLESS).by(FlowField.DST_ADDR).metric(Metric.DISTINCT_SOURCES).build();
        Cancellation cancel = new Cancellation();
        CancelWhileRunning.assertStops(cancel, () -> new ExploreQuery(ws, cancel).series(endless));
        SeriesResult after = new ExploreQuery(ws).series(QuerySpec.builder(id).metric(Metric.PACKETS).build());
        assertThat(after.series().get(0).stats().total()).isEqualTo(3);
    }

    @Test
    void aCancelledTaskRunsNoStatement() throws Exception {
        long id = dataset();
        Cancellation cancel = new Cancellation();
        cancel.cancel();
        ExploreQuery query = new ExploreQuery(ws, cancel);
        assertThatThrownBy(() -> query.series(QuerySpec.builder(id).build())).isInstanceOf(CancellationException.class);
        assertThatThrownBy(() -> query.top(QuerySpec.builder(id).by(FlowField.DST_ADDR).build()))
                .isInstanceOf(CancellationException.class);
    }
}

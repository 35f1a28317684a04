package org.flowbench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.flowbench.task.Cancellation;
import org.flowbench.testsupport.CancelWhileRunning;
import org.flowbench.testsupport.FreshWorkspaceTest;
import org.junit.jupiter.api.Test;

class CancellableQueryTest extends FreshWorkspaceTest {
    @Test
    void bindsInstantsAsTimestampsAndOtherValuesAsThemselves() throws Exception {
        Instant at = Instant.parse("2026-02-03T14:02:20.250Z");
        try (CancellableQuery q = CancellableQuery.start(ws.connection(),
                "SELECT epoch_ms(?::TIMESTAMP), ? || '!', ? + 1", List.of(at, "it's; --", 41), new Cancellation())) {
            ResultSet rs = q.rows();
            assertThat(rs.next()).isTrue();
            assertThat(rs.getLong(1)).isEqualTo(at.toEpochMilli());
            assertThat(rs.getString(2)).isEqualTo("it's; --!");
            assertThat(rs.getInt(3)).isEqualTo(42);
        }
    }

    @Test
    void aCancelledTaskRunsNothing() {
        Cancellation cancel = new Cancellation();
        cancel.cancel();
        assertThatThrownBy(() -> CancellableQuery.start(ws.connection(), "SELECT 1", List.of(), cancel))
                .isInstanceOf(CancellationException.class);
    }

    @Test
    void aCancelStopsTheStatementInsideDuckDb() throws Exception {
        Cancellation cancel = new Cancellation();
        CancelWhileRunning.assertStops(cancel, () -> {
            try (CancellableQuery q = CancellableQuery.start(ws.connection(),
                    "SELECT 1 WHERE " + CancelWhileRunning.ENDLESS.sql(), List.of(), cancel)) {
                return q.rows().next();
            } catch (SQLException e) {
                CancellationException stopped = StatementCancel.ifCancelled(cancel, e);
                throw stopped != null ? stopped : e;
            }
        });
        try (CancellableQuery q = CancellableQuery.start(ws.connection(), "SELECT 7", List.of(), new Cancellation())) {
            assertThat(q.rows().next()).isTrue();
            assertThat(q.rows().getInt(1)).isEqualTo(7);
        }
    }

    @Test
    void duckDbsOwnErrorsReachTheCallerUnchanged() throws Exception {
        assertThatThrownBy(() -> CancellableQuery.start(ws.connection(), "SELECT no_such_column", List.of(), new Cancellation()))
                .isInstanceOf(SQLException.class).hasMessageContaining("no_such_column");
        try (CancellableQuery q = CancellableQuery.start(ws.connection(), "SELECT 1", List.of(), new Cancellation())) {
            assertThat(q.rows().next()).as("the connection after the failure").isTrue();
        }
    }
}

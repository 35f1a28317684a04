package org.flowbench.store;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CancellationException;
import org.flowbench.task.Cancellation;

/**
 * Ties a running DuckDB statement to a task's cancellation: cancelling interrupts the statement
 * (DuckDB stops the query), and the SQL error that follows reads as the cancellation it is. Used
 * wherever a user's task waits on one long statement: detection, Flowspec impact, Explore.
 */
public final class StatementCancel {
    private StatementCancel() {}

    /** While open, a cancel of {@code cancel} cancels {@code statement}. */
    public static Cancellation.Registration watch(Cancellation cancel, Statement statement) {
        return cancel.onCancel(() -> {
            try {
                statement.cancel();
            } catch (SQLException | RuntimeException e) {
                // the statement ended or closed meanwhile: nothing left to stop
            }
        });
    }

    /** A {@link CancellationException} when the failure is the user's cancel, else null. */
    public static CancellationException ifCancelled(Cancellation cancel, SQLException e) {
        if (!cancel.isCancelled()) return null;
        CancellationException c = new CancellationException("cancelled by the user");
        c.initCause(e);
        return c;
    }
}

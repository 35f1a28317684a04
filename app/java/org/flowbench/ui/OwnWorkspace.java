package org.flowbench.ui;

import org.flowbench.store.Workspace;
import org.flowbench.store.WorkspaceException;

/**
 * A work area's own connection to the window's workspace, opened on first use and kept (opening one
 * costs ~10 ms). DuckDB runs one statement per connection at a time: on the window's connection a
 * chart would wait behind a replay or an impact simulation in another area (docs/decisions/0297).
 */
public final class OwnWorkspace implements AutoCloseable {
    private final Workspace shared;
    private Workspace own;

    public OwnWorkspace(Workspace shared) {
        this.shared = shared;
    }

    public synchronized Workspace get() throws WorkspaceException {
        if (own == null) own = shared.duplicate();
        return own;
    }

    /** Closes the connection (a statement still running on it fails); the next {@link #get} opens another. */
    @Override
    public synchronized void close() {
        if (own != null) own.close();
        own = null;
    }
}

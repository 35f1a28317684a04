package org.flowbench.store;

/** Another process (another Flowbench window or command) holds the workspace file's lock. */
public final class WorkspaceLockedException extends WorkspaceException {
    public WorkspaceLockedException(String message, Throwable cause) {
        super(message, cause);
    }
}

package org.flowbench.store;

import java.io.IOException;

/** The workspace file cannot be opened or migrated; the message says which file and why. */
public class WorkspaceException extends IOException {
    public WorkspaceException(String message, Throwable cause) {
        super(message, cause);
    }

    public WorkspaceException(String message) {
        super(message);
    }
}

package org.flowbench.store;

import java.nio.file.Path;

/** Run in a child JVM by {@link WorkspaceTest}: holds a workspace open until stdin closes. */
public final class WorkspaceHolder {
    private WorkspaceHolder() {}

    public static void main(String[] args) throws Exception {
        try (Workspace ws = Workspace.open(Path.of(args[0]))) {
            System.out.println("ready");
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the parent to close our stdin
            }
        }
    }
}

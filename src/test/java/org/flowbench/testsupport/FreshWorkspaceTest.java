package org.flowbench.testsupport;

import java.nio.file.Path;
import org.flowbench.store.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** Base for tests that each want a fresh workspace: {@code ws} in {@code dir}, closed after the test. */
public abstract class FreshWorkspaceTest {
    @TempDir protected Path dir;
    protected Workspace ws;

    @BeforeEach
    void openWorkspace() throws Exception {
        ws = Workspace.open(dir.resolve("ws.duckdb"));
    }

    @AfterEach
    void closeWorkspace() {
        ws.close();
    }
}

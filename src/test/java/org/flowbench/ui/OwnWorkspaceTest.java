package org.flowbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.flowbench.store.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A work area's own connection: opened on first use, kept, closed with the area, reopened after. */
class OwnWorkspaceTest {
    @TempDir Path dir;

    @Test
    void opensOnFirstUseKeepsItAndClosesIt() throws Exception {
        try (Workspace shared = Workspace.open(dir.resolve("ws.duckdb"))) {
            OwnWorkspace own = new OwnWorkspace(shared);
            assertThat(shared.awaitOthersClosed(Duration.ZERO)).as("nothing opened before first use").isTrue();

            Workspace first = own.get();
            assertThat(first).isNotSameAs(shared).isSameAs(own.get());
            assertThat(first.connection()).isNotSameAs(shared.connection());
            assertThat(shared.awaitOthersClosed(Duration.ofMillis(50))).isFalse();

            own.close();
            assertThat(first.connection().isClosed()).isTrue();
            assertThat(shared.awaitOthersClosed(Duration.ZERO)).isTrue();
            assertThat(own.get()).as("a new one after a close").isNotSameAs(first);
            own.close();
            own.close();
        }
    }
}

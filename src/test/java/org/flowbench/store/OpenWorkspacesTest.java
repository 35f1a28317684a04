package org.flowbench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The process's open handles on a workspace file: duplicates count, a double close does not, and
 * compaction refuses a file that a handle (an import's duplicate) still writes to.
 */
class OpenWorkspacesTest {
    @TempDir Path dir;

    @Test
    void duplicatesCountUntilClosedAndClosingTwiceCountsOnce() throws Exception {
        Path file = dir.resolve("ws.duckdb");
        try (Workspace ws = Workspace.open(file)) {
            assertThat(Workspace.inUse(file)).isTrue();
            Workspace own = ws.duplicate();
            assertThat(ws.awaitOthersClosed(Duration.ofMillis(100))).as("the duplicate is open").isFalse();
            own.close();
            own.close();
            assertThat(ws.awaitOthersClosed(Duration.ofMillis(100))).isTrue();
            assertThat(Workspace.inUse(file)).as("the first handle is still open").isTrue();
        }
        assertThat(Workspace.inUse(file)).isFalse();
    }

    @Test
    void waitingEndsWhenTheLastDuplicateCloses() throws Exception {
        Path file = dir.resolve("ws.duckdb");
        try (Workspace ws = Workspace.open(file)) {
            Workspace own = ws.duplicate();
            Thread closer = new Thread(() -> {
                sleep(200);
                own.close();
            });
            closer.start();
            assertThat(ws.awaitOthersClosed(Duration.ofSeconds(30))).isTrue();
            closer.join();
        }
    }

    @Test
    void compactionRefusesAFileAHandleStillHasOpenAndLeavesItAlone() throws Exception {
        Path file = dir.resolve("ws.duckdb");
        Workspace ws = Workspace.open(file);
        Workspace own = ws.duplicate();
        ws.close();
        long size = Files.size(file);

        assertThatThrownBy(() -> WorkspaceCompactor.compact(file)).isInstanceOf(WorkspaceCompactor.InUseException.class)
                .hasMessageContaining("ws.duckdb is still open");
        assertThat(Files.size(file)).isEqualTo(size);
        assertThat(dir.resolve("ws.duckdb.compact")).doesNotExist();

        own.close();
        assertThat(WorkspaceCompactor.compact(file).after()).isPositive();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

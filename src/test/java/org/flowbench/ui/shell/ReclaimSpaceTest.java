package org.flowbench.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.flowbench.store.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The status line after a delete's compaction, and the refusal while an import still writes. */
class ReclaimSpaceTest {
    @TempDir Path dir;

    @Test
    void aFileStillOpenIsLeftAsItWasAndTheLineSaysWhy() throws Exception {
        Path file = dir.resolve("ws.duckdb");
        Workspace window = Workspace.open(file);
        Workspace importing = window.duplicate();
        window.close();
        long size = Files.size(file);
        try {
            assertThat(new ReclaimSpace().compact(file)).isEqualTo("Space not reclaimed: ws.duckdb is still open (an import or"
                    + " export is still running): its space is reclaimed after the next delete");
            assertThat(Files.size(file)).isEqualTo(size);
        } finally {
            importing.close();
        }
        assertThat(new ReclaimSpace().compact(file)).startsWith("Workspace compacted: ").contains(" -> ");
    }
}

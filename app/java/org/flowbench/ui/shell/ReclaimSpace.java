package org.flowbench.ui.shell;

import java.nio.file.Path;
import org.flowbench.store.WorkspaceCompactor;
import org.flowbench.ui.common.Formats;

/**
 * The window's compaction after a delete, told as a status line. A workspace file still open in this
 * process (an import writing through its own connection) is not replaced: the window reopens it
 * uncompacted and says why (docs/decisions/0297).
 */
public final class ReclaimSpace implements WorkspaceSwitcher.Compactor {
    @Override
    public String compact(Path file) throws Exception {
        WorkspaceCompactor.Result r;
        try {
            r = WorkspaceCompactor.compact(file);
        } catch (WorkspaceCompactor.InUseException e) {
            return "Space not reclaimed: " + e.getMessage();
        }
        return "Workspace compacted: " + Formats.si(r.before(), "B") + " -> " + Formats.si(r.after(), "B");
    }
}

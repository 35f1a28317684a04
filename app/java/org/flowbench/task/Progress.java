package org.flowbench.task;

/** Progress events from long work; the GUI maps them to a progress bar, the CLI to a line. */
@FunctionalInterface
public interface Progress {
    /**
     * @param done  work units done so far (bytes read, for an import)
     * @param total total units, or -1 when unknown (a gzip stream)
     * @param message what is happening, for a status line
     */
    void update(long done, long total, String message);

    Progress NONE = (done, total, message) -> { };
}

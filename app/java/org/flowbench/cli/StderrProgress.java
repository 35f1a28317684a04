package org.flowbench.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.flowbench.task.Progress;

/**
 * An import's progress on stderr. On a terminal, one line per file rewritten in place; otherwise
 * (a log, a CI job, a pipe) whole lines, one per step and one per quarter of the file, since
 * carriage returns would pile every update onto one line there. Percent when the size is known,
 * MB otherwise.
 */
final class StderrProgress implements Progress {
    /** Between two lines of an unknown-size input in line mode (a gzip capture). */
    static final long LINE_EVERY_BYTES = 100_000_000L;

    private final PrintWriter err;
    private final boolean inPlace;
    private String lastLine = "";
    private String lastMessage = "";
    private long lastStep = -1;

    StderrProgress(PrintWriter err, boolean inPlace) {
        this.err = err;
        this.inPlace = inPlace;
    }

    /** In place when the process runs in a terminal (Java 17 can only tell for stdin and stdout together). */
    static StderrProgress forConsole(PrintWriter err) {
        return new StderrProgress(err, System.console() != null);
    }

    @Override
    public void update(long done, long total, String message) {
        String line = total > 0
                ? String.format(Locale.ROOT, "%s: %d%%", message, Math.min(100, done * 100 / total))
                : String.format(Locale.ROOT, "%s: %.1f MB", message, done / 1e6);
        if (line.equals(lastLine)) return;
        if (inPlace) {
            // a shorter line than the one it replaces would leave that one's tail on the terminal
            String padding = " ".repeat(Math.max(0, lastLine.length() - line.length()));
            err.print("\r" + line + padding);
            if (message.startsWith("imported")) err.print(System.lineSeparator());
        } else {
            long step = total > 0 ? Math.min(4, done * 4 / total) : done / LINE_EVERY_BYTES;
            if (message.equals(lastMessage) && step == lastStep) return;
            lastMessage = message;
            lastStep = step;
            err.println(line);
        }
        lastLine = line;
        err.flush();
    }
}

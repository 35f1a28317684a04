package org.flowbench.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** Runs commands against a fresh workspace of the test's own, capturing what they print. */
abstract class WorkspaceCliTest {
    @TempDir Path dir;
    StringWriter out = new StringWriter(), err = new StringWriter();

    /** Runs {@code flowbench --workspace <temp> args...}; {@link #out} and {@link #err} hold its output. */
    int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 2, args.length);
        all[0] = "--workspace";
        all[1] = dir.resolve("ws.duckdb").toString();
        return FlowbenchCommand.run(new PrintWriter(out), new PrintWriter(err), all);
    }
}

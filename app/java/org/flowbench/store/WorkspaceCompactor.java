package org.flowbench.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Gives the disk space of deleted datasets back. DuckDB reuses freed blocks but never shrinks
 * its file, so a laptop user who deletes a 2 GB dataset would keep a 2 GB file; copying the live
 * data into a fresh file and swapping it in is the documented way to shrink it.
 */
public final class WorkspaceCompactor {
    private WorkspaceCompactor() {}

    /** What compaction did, in bytes. */
    public record Result(long before, long after) {}

    /** The file is still open in this process: something (an import) would write on into the replaced file. */
    public static final class InUseException extends IOException {
        InUseException(Path file) {
            super(file.getFileName() + " is still open (an import or export is still running): its space is reclaimed after the next delete");
        }
    }

    /**
     * Compacts the closed workspace file. The copy is written beside it and renamed over the
     * original only when complete, so a crash leaves the original untouched.
     *
     * @throws InUseException when a handle of this process still has the file open
     */
    public static Result compact(Path file) throws IOException, SQLException {
        Path abs = file.toAbsolutePath();
        if (Workspace.inUse(abs)) throw new InUseException(abs);
        long before = Files.size(abs);
        Path copy = abs.resolveSibling(abs.getFileName() + ".compact");
        Files.deleteIfExists(copy);
        Files.deleteIfExists(Path.of(copy + ".wal"));
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + copy);
             Statement s = c.createStatement()) {
            // ATTACH takes no bound parameters; the path is our own workspace's, quoted as a literal
            s.execute("ATTACH " + literal(abs.toString()) + " AS old (READ_ONLY)");
            s.execute("COPY FROM DATABASE old TO " + quotedCatalog(c));
            s.execute("DETACH old");
            s.execute("CHECKPOINT");
        } catch (SQLException e) {
            Files.deleteIfExists(copy);
            throw e;
        }
        Files.move(copy, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Files.deleteIfExists(Path.of(abs + ".wal"));
        return new Result(before, Files.size(abs));
    }

    private static String quotedCatalog(Connection c) throws SQLException {
        return "\"" + c.getCatalog().replace("\"", "\"\"") + "\"";
    }

    static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}

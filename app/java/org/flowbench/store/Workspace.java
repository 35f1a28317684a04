package org.flowbench.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import org.duckdb.DuckDBConnection;
import org.flowbench.task.Nouns;

/**
 * One DuckDB file holding every dataset, its flows, the incidents and saved rule sets. Opening read-write runs
 * the migrations and repairs imports that a crash interrupted; read-only opening does neither
 * and refuses a workspace whose schema is not current.
 */
public final class Workspace implements AutoCloseable {
    /** DuckDB's own memory (buffer manager), outside the Java heap. */
    static final String DUCKDB_MEMORY_LIMIT = "256MB";

    private final Path path;
    private final DuckDBConnection connection;
    private final boolean readOnly;
    private final List<String> warnings;
    private final AtomicBoolean closed = new AtomicBoolean();

    private Workspace(Path path, DuckDBConnection connection, boolean readOnly, List<String> warnings) {
        this.path = path;
        this.connection = connection;
        this.readOnly = readOnly;
        this.warnings = List.copyOf(warnings);
        OpenWorkspaces.opened(path);
    }

    /** Whether any handle of this process (a window's, an import's duplicate) still has the file open. */
    public static boolean inUse(Path file) {
        return OpenWorkspaces.count(file) > 0;
    }

    /**
     * Waits until this is the file's only open handle (imports and deletes writing through
     * duplicates have finished), at most {@code timeout}; false when some were still open.
     */
    public boolean awaitOthersClosed(Duration timeout) throws InterruptedException {
        return OpenWorkspaces.awaitAtMost(path, 1, timeout);
    }

    public static Path defaultPath() {
        return Path.of(System.getProperty("user.home"), ".flowbench", "workspace.duckdb");
    }

    /** Opens (creating if needed) a workspace for reading and writing. */
    public static Workspace open(Path file) throws WorkspaceException {
        Path abs = file.toAbsolutePath();
        try {
            if (abs.getParent() != null) Files.createDirectories(abs.getParent());
        } catch (java.io.IOException e) {
            throw new WorkspaceException("cannot create the folder for workspace " + abs + ": " + e.getMessage(), e);
        }
        DuckDBConnection c = connect(abs, new Properties());
        try {
            int before = Migrations.currentVersion(c);
            Migrations.apply(c);
            SqlMacros.install(c);
            try (var st = c.createStatement()) {
                // imports commit every batch; checkpointing every 16 MB of WAL (the default) cost
                // a third of the import time (docs/decisions/0002); the WAL is merged at import end
                st.execute("SET checkpoint_threshold = '256MB'");
                // DuckDB takes 80% of RAM by default; on a laptop, beside a 512 MB heap, that made
                // a 5M-packet import's RSS 860 MB. 256 MB gave 505 MB at the same speed (bench/RESULTS.md);
                // larger aggregations spill to disk instead of failing.
                st.execute("SET memory_limit = '" + DUCKDB_MEMORY_LIMIT + "'");
                // DuckDB's buffers keep their pages instead of returning them to the system and
                // faulting them in again: half the page faults, 7% less CPU on a 20M-record import
                // (docs/decisions/0299). The pages go back when the database closes.
                st.execute("SET block_allocator_memory = '" + DUCKDB_MEMORY_LIMIT + "'");
            }
            List<String> warnings = new ArrayList<>();
            for (DatasetInfo d : new Datasets(c).markInterrupted()) {
                warnings.add("dataset " + d.id() + " (" + d.name() + "): import interrupted, marked partial");
            }
            // a workspace from before the per-destination rollups gets them now, once
            if (before > 0 && before < Rollups.PER_DESTINATION_SINCE) {
                int rebuilt = Rollups.addMissingPerDestination(c);
                if (rebuilt > 0) warnings.add("per-destination summaries built for " + Nouns.count(rebuilt, "dataset") + " of an older workspace");
            }
            if (before > 0 && before < Rollups.HEAVY_KEYS_SINCE) {
                int built = Rollups.addMissingHeavyKeys(c);
                if (built > 0) warnings.add("heavy-key summaries built for " + Nouns.count(built, "dataset") + " of an older workspace");
            }
            return new Workspace(abs, c, false, warnings);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(c);
            throw new WorkspaceException("cannot prepare workspace " + abs + ": " + e.getMessage(), e);
        }
    }

    /**
     * Opens an existing workspace without writing to it; several readers may share the file. A
     * workspace written by an older version is first upgraded (opened once for writing), so that
     * reading commands work on it as the window does; a newer one is refused.
     */
    public static Workspace openReadOnly(Path file) throws WorkspaceException {
        Path abs = file.toAbsolutePath();
        if (!Files.isRegularFile(abs)) throw new WorkspaceException("no workspace at " + abs);
        Properties props = new Properties();
        props.setProperty("access_mode", "READ_ONLY");
        DuckDBConnection c = connect(abs, props);
        try {
            int version = Migrations.currentVersion(c);
            if (version > 0 && version < Migrations.LATEST) {
                closeQuietly(c);
                upgrade(abs);
                c = connect(abs, props);
                version = Migrations.currentVersion(c);
            }
            if (version == 0) throw new WorkspaceException(abs + " is not a Flowbench workspace");
            if (version != Migrations.LATEST) {
                throw new WorkspaceException("workspace " + abs + " was written by a newer Flowbench (schema version "
                        + version + "; this one reads up to " + Migrations.LATEST + ")");
            }
            SqlMacros.install(c);
            return new Workspace(abs, c, true, List.of());
        } catch (SQLException e) {
            closeQuietly(c);
            throw new WorkspaceException("cannot read workspace " + abs + ": " + e.getMessage(), e);
        } catch (WorkspaceException e) {
            closeQuietly(c);
            throw e;
        }
    }

    private static void upgrade(Path abs) throws WorkspaceException {
        try (Workspace upgraded = open(abs)) {
            // opening for writing ran the migrations and built what older versions did not store
        } catch (WorkspaceLockedException e) {
            throw new WorkspaceException("workspace " + abs + " was written by an older Flowbench and must be upgraded,"
                    + " but another program has it open: close it there, then try again", e);
        }
    }

    private static DuckDBConnection connect(Path abs, Properties props) throws WorkspaceException {
        try {
            // Options go in Properties: a "?access_mode=..." URL suffix becomes part of the file name.
            return (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + abs, props);
        } catch (SQLException e) {
            String m = String.valueOf(e.getMessage());
            if (m.contains("Could not set lock") || m.contains("Conflicting lock")) {
                throw new WorkspaceLockedException("workspace " + abs + " is in use by another process ("
                        + holder(m) + "); close the other Flowbench window or command, or use --workspace", e);
            }
            throw new WorkspaceException("cannot open workspace " + abs + ": " + m, e);
        }
    }

    /** DuckDB names the lock holder as "... held in /path/java (PID 123) ..."; keep that part. */
    private static String holder(String message) {
        int at = message.indexOf("held in ");
        if (at < 0) return "lock held";
        int end = message.indexOf(')', at);
        return end < 0 ? message.substring(at) : message.substring(at, end + 1);
    }

    public Path path() { return path; }

    public boolean isReadOnly() { return readOnly; }

    /** Things repaired on open (interrupted imports), for the user to see once. */
    public List<String> warnings() { return warnings; }

    /** The connection for store and query services; not for the UI or CLI (package rules). */
    public DuckDBConnection connection() { return connection; }

    public Datasets datasets() { return new Datasets(connection); }

    public Incidents incidents() { return new Incidents(connection); }

    public RuleSets ruleSets() { return new RuleSets(connection); }

    /**
     * Another handle on the same open database with a connection of its own, so a session that
     * writes for minutes (the Live panel's collector) has its own transactions while the window
     * keeps querying through this one. Closing it closes only its connection.
     */
    public Workspace duplicate() throws WorkspaceException {
        DuckDBConnection own = null;
        try {
            own = (DuckDBConnection) connection.duplicate();
            SqlMacros.install(own); // temporary macros belong to a connection, not to the database
            return new Workspace(path, own, readOnly, List.of());
        } catch (SQLException e) {
            if (own != null) closeQuietly(own);
            throw new WorkspaceException("cannot open a second connection to workspace " + path + ": " + e.getMessage(), e);
        }
    }

    /** Work that a workspace of its own runs; see {@link #onOwnConnection}. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Workspace own) throws Exception;
    }

    /**
     * Runs long writing work (an import, a delete, an enrichment) on a {@link #duplicate()} closed
     * afterwards. On this connection its transactions would take in whatever the window wrote
     * meanwhile (and roll it back on a failure), a concurrent commit could split them, and every
     * query of the window would wait behind its statements.
     */
    public <T> T onOwnConnection(Work<T> work) throws Exception {
        try (Workspace own = duplicate()) {
            return work.run(own);
        }
    }

    /** Merges the write-ahead log into the file, e.g. after an import. */
    public void checkpoint() throws SQLException {
        try (var st = connection.createStatement()) {
            st.execute("CHECKPOINT");
        }
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) return;
        closeQuietly(connection);
        OpenWorkspaces.closed(path);
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // closing is best effort; DuckDB checkpoints on close and reports nothing useful here
        }
    }
}

package org.flowbench.filter;

import java.math.BigInteger;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.duckdb.DuckDBConnection;
import org.flowbench.schema.Addresses;
import org.flowbench.schema.FlowField;
import org.flowbench.schema.FlowField.FilterType;
import org.flowbench.store.Workspace;

/**
 * Values for completion from the {@code flows} rows of some datasets: for each dimension column,
 * its {@value #CACHED} most frequent values by packets, loaded once (one GROUP BY) and then
 * filtered by prefix in memory, so every completion after the first per column is a list scan.
 *
 * <p>It queries on its own duplicate of the workspace connection, from one background thread:
 * {@link #precompute()} loads every column ahead of the user. A completion that arrives while its
 * column is still loading waits at most {@link #WAIT_MS} ms and otherwise gets no data values this
 * time (names the language knows still appear).
 */
public final class DuckDbValueSource implements ValueSource, AutoCloseable {
    static final int CACHED = 10_000;
    static final long WAIT_MS = 40;

    private final Connection connection;
    private final boolean ownsConnection;
    private final List<Long> datasetIds;
    private final ExecutorService loader = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "filter-values");
        t.setDaemon(true);
        return t;
    });
    private final Map<FlowField, CompletableFuture<List<ValueCount>>> cache = new ConcurrentHashMap<>();

    public DuckDbValueSource(Workspace workspace, List<Long> datasetIds) throws SQLException {
        this(workspace.connection().duplicate(), true, datasetIds);
    }

    /** Uses a duplicate of a DuckDB connection; any other connection is used as given, from the loader thread. */
    public DuckDbValueSource(Connection connection, List<Long> datasetIds) throws SQLException {
        this(connection instanceof DuckDBConnection d ? d.duplicate() : connection, connection instanceof DuckDBConnection,
                datasetIds);
    }

    private DuckDbValueSource(Connection connection, boolean owns, List<Long> datasetIds) {
        this.connection = connection;
        this.ownsConnection = owns;
        this.datasetIds = List.copyOf(datasetIds);
    }

    /** Whether completion offers data values for this column. */
    public static boolean supports(FlowField f) {
        return f.isDimension() && f.filterType() != FilterType.TIME && f.filterType() != FilterType.NONE;
    }

    /** Starts loading every supported column in the background; returns at once. */
    public DuckDbValueSource precompute() {
        for (FlowField f : FlowField.values()) {
            if (supports(f)) load(f);
        }
        return this;
    }

    @Override
    public List<ValueCount> topValues(FlowField field, String prefix, int limit) {
        if (!supports(field) || datasetIds.isEmpty()) return List.of();
        List<ValueCount> all;
        try {
            all = load(field).get(WAIT_MS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return List.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        } catch (Exception e) {
            return List.of();   // a failed load already left its trace in the future; completion goes on without data
        }
        List<ValueCount> out = new ArrayList<>();
        for (ValueCount v : all) {
            if (out.size() >= limit) break;
            if (FilterCompletion.matches(v.text(), prefix)) out.add(v);
        }
        return out;
    }

    /** The cached list for a column, loaded on first use; waits for it (for tests and benchmarks). */
    public List<ValueCount> loaded(FlowField field) throws Exception {
        return supports(field) ? load(field).get() : List.of();
    }

    private CompletableFuture<List<ValueCount>> load(FlowField f) {
        return cache.computeIfAbsent(f, k -> CompletableFuture.supplyAsync(() -> query(k), loader));
    }

    private List<ValueCount> query(FlowField f) {
        String ids = datasetIds.stream().map(x -> "?").collect(Collectors.joining(", "));
        String sql = "SELECT " + f.column() + " AS v, sum(packets)::UBIGINT AS p FROM flows WHERE dataset_id IN (" + ids
                + ") AND " + f.column() + " IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT " + CACHED;
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int i = 0; i < datasetIds.size(); i++) ps.setLong(i + 1, datasetIds.get(i));
            List<ValueCount> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(new ValueCount(text(f, rs.getObject(1)), rs.getLong(2)));
            }
            return Collections.unmodifiableList(out);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the values of " + f.column() + ": " + e.getMessage(), e);
        }
    }

    /** How a stored value is written in a filter. */
    private static String text(FlowField f, Object v) {
        return switch (f.filterType()) {
            case ADDRESS -> Addresses.format(v instanceof BigInteger b ? b : new BigInteger(v.toString()));
            case STRING -> FilterPrinter.quote(v.toString());
            case AS_NUMBER -> "AS" + v;
            case PROTOCOL -> ProtocolNames.name(((Number) v).intValue());
            case TCP_FLAGS -> FlagNames.TCP.format(((Number) v).intValue());
            case FRAGMENT -> FlagNames.FRAGMENT.format(((Number) v).intValue());
            default -> v.toString();
        };
    }

    @Override
    public void close() throws SQLException {
        loader.shutdown();
        try {
            // a GROUP BY in flight finishes before its connection closes under it
            loader.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (ownsConnection) connection.close();
    }
}

package org.flowbench.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.arrow.c.ArrowArrayStream;
import org.apache.arrow.c.Data;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.duckdb.DuckDBConnection;
import org.flowbench.schema.FlowBatch;
import org.flowbench.schema.FlowSink;

/**
 * Loads one import's batches while the caller keeps decoding: {@link #accept} copies a batch
 * into Arrow buffers and queues it; a loader thread runs one long {@code INSERT INTO flows
 * SELECT ... FROM stream} per chunk of about a million rows (or two seconds), whose Arrow
 * stream takes the queued batches (docs/decisions/0080). Each chunk commits on its own, so a
 * kill loses at most the chunk in flight; the dataset stays IMPORTING until the import marks
 * it, and the next open repairs it to PARTIAL.
 *
 * <p>Memory stays bounded: the queue holds {@link #QUEUE_BATCHES} batches (or as many as asked), DuckDB holds at
 * most one per scan thread, and the allocator refuses more than {@link #OFF_HEAP_LIMIT}.
 * One producer thread; {@link #finish()} waits until everything accepted is committed.
 */
public final class BulkFlowWriter implements FlowSink, AutoCloseable {
    /**
     * Eight 122,880-row batches, or {@link #DEFAULT_CHUNK_NANOS}, whichever comes first: a kill
     * loses at most about a second of loading; 2M-row chunks were not consistently faster (0080).
     */
    public static final long DEFAULT_CHUNK_ROWS = 8 * 122_880L;
    static final long DEFAULT_CHUNK_NANOS = TimeUnit.SECONDS.toNanos(2);
    static final int QUEUE_BATCHES = 2;
    static final long OFF_HEAP_LIMIT = 256L << 20;
    private static final String STREAM = "flowbench_bulk_stream";
    private static final long POLL_MILLIS = 50;

    private final DuckDBConnection connection;
    private final long datasetId;
    private final int batchRows;
    private final long chunkRows;
    private final long chunkNanos;
    private final BufferAllocator allocator;
    private final VectorSchemaRoot schemaRoot;
    private final BlockingQueue<Object> queue;
    private final String insertSql = FlowWriter.insertSql(STREAM);
    private final BatchTotals totals = new BatchTotals();
    private final Thread loader;

    private volatile Throwable failure;
    private volatile long committedRows;
    private volatile int chunks;
    private boolean finished;

    public BulkFlowWriter(Workspace workspace, long datasetId, int batchRows) throws SQLException {
        this(workspace, datasetId, batchRows, DEFAULT_CHUNK_ROWS, DEFAULT_CHUNK_NANOS);
    }

    /**
     * @param chunkRows  rows per INSERT (and commit); a chunk ends once it holds at least this many
     * @param chunkNanos a chunk also ends once it has run this long, so a slow source still commits
     */
    public BulkFlowWriter(Workspace workspace, long datasetId, int batchRows, long chunkRows, long chunkNanos)
            throws SQLException {
        this(workspace, datasetId, batchRows, chunkRows, chunkNanos, QUEUE_BATCHES);
    }

    /**
     * @param queueBatches batches that may wait for the loader before {@link #accept} blocks: a
     *     live source that cannot wait sizes it to ride out a commit between chunks
     */
    public BulkFlowWriter(Workspace workspace, long datasetId, int batchRows, long chunkRows, long chunkNanos,
                          int queueBatches) throws SQLException {
        this.queue = new ArrayBlockingQueue<>(queueBatches);
        this.connection = (DuckDBConnection) workspace.connection().duplicate();
        this.datasetId = datasetId;
        this.batchRows = batchRows;
        this.chunkRows = chunkRows;
        this.chunkNanos = chunkNanos;
        this.allocator = new RootAllocator(OFF_HEAP_LIMIT);
        this.schemaRoot = VectorSchemaRoot.create(FlowArrowBatch.schema(), allocator);
        this.loader = new Thread(this::load, "flowbench-loader-" + datasetId);
        loader.setDaemon(true);
        loader.start();
    }

    /** Queues a copy of the batch; blocks while the queue is full, throws once loading failed. */
    @Override
    public void accept(FlowBatch batch) throws Exception {
        if (finished) throw new IllegalStateException("writer already finished");
        if (batch.size == 0) return;
        checkLoader();
        FlowArrowBatch arrow = new FlowArrowBatch(allocator, Math.max(batchRows, batch.size));
        try {
            arrow.fill(batch);
            put(arrow);
        } catch (Exception | Error e) {
            arrow.close();
            throw e;
        }
        totals.count(batch);
    }

    /** Waits until every accepted batch is committed; afterwards the connection is free again. */
    public DatasetTotals finish() throws Exception {
        if (!finished) {
            finished = true;
            put(BatchQueueReader.Signal.END);
            loader.join();
            checkLoader();
        }
        return totals();
    }

    /** What has been accepted; all of it is committed once {@link #finish()} returned. */
    public DatasetTotals totals() {
        return totals.toDatasetTotals();
    }

    /** Rows committed so far (by the loader thread). */
    public long committedRows() { return committedRows; }

    /** INSERT statements run so far, one per committed chunk. */
    public int chunks() { return chunks; }

    private void put(Object item) throws Exception {
        while (!queue.offer(item, POLL_MILLIS, TimeUnit.MILLISECONDS)) checkLoader();
    }

    private void checkLoader() throws Exception {
        Throwable t = failure;
        if (t instanceof Exception e) throw e;
        if (t instanceof Error e) throw e;
        if (t != null) throw new SQLException(t);
        if (!loader.isAlive() && !finished) throw new SQLException("the loader thread ended early");
    }

    private void load() {
        try {
            // Rows need not keep their arrival order, so both DuckDB threads insert (twice as fast,
            // decision 0080). The setting is database-wide: queries without ORDER BY running
            // meanwhile may see rows in another order, which SQL never promised them anyway.
            execute("SET preserve_insertion_order = false");
            try {
                while (true) {
                    Object first = queue.take();
                    if (first == BatchQueueReader.Signal.END || first == BatchQueueReader.Signal.ABORT) return;
                    if (insertChunk((FlowArrowBatch) first)) return;
                }
            } finally {
                execute("RESET preserve_insertion_order");
            }
        } catch (Throwable t) {
            if (failure == null) failure = t;
        } finally {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // a duplicate connection: closing it frees nothing the workspace needs
            }
        }
    }

    private void execute(String sql) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute(sql);
        }
    }

    /** One INSERT over as many queued batches as fit in the chunk; true when the input ended. */
    private boolean insertChunk(FlowArrowBatch first) throws Exception {
        BatchQueueReader reader = new BatchQueueReader(allocator, schemaRoot, first, queue, chunkRows, chunkNanos);
        try (ArrowArrayStream stream = ArrowArrayStream.allocateNew(allocator)) {
            Data.exportArrayStream(allocator, reader, stream);
            connection.registerArrowStream(STREAM, stream);
            try (PreparedStatement ps = connection.prepareStatement(insertSql)) {
                ps.setLong(1, datasetId);
                ps.executeUpdate();
            }
            if (!connection.getAutoCommit()) connection.commit();
        } finally {
            reader.close();
        }
        committedRows += reader.rows();
        chunks++;
        return reader.ended();
    }

    /** Stops loading; the chunk in flight is rolled back unless {@link #finish()} ran first. */
    @Override
    public void close() {
        if (!finished) {
            finished = true;
            drain();
            queue.offer(BatchQueueReader.Signal.ABORT);
        }
        try {
            loader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        drain();
        schemaRoot.close();
        allocator.close();
    }

    private void drain() {
        Object o;
        while ((o = queue.poll()) != null) {
            if (o instanceof FlowArrowBatch b) b.close();
        }
    }
}

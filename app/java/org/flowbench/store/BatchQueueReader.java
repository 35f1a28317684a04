package org.flowbench.store;

import java.io.IOException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * The Arrow stream behind one chunk's INSERT: DuckDB's scan threads call
 * {@link #loadNextBatch()} (one at a time, under DuckDB's stream lock), which takes the next
 * filled batch from the writer's queue. The chunk ends after {@code chunkRows} rows or
 * {@code chunkNanos}, whichever comes first, so the INSERT commits and the next one starts.
 * Once the chunk holds rows it waits for the next batch only until that time is up: a source
 * that falls silent (a live collector between bursts) still has its rows committed on time.
 *
 * <p>Each served batch is exported with its own buffer references: closing our root after
 * the next call only drops our share, and DuckDB frees the memory when it releases the array.
 */
final class BatchQueueReader extends ArrowReader {
    /** What a queue entry says besides "here is a batch". */
    enum Signal { END, ABORT }

    private final VectorSchemaRoot schemaRoot;
    private final BlockingQueue<Object> queue;
    private final long chunkRows;
    private final long chunkNanos;
    private final long started = System.nanoTime();

    private FlowArrowBatch first;
    private FlowArrowBatch current;
    private long rows;
    private boolean ended;

    /** @param first the batch that made the writer start this chunk, served before the queue */
    BatchQueueReader(BufferAllocator allocator, VectorSchemaRoot schemaRoot, FlowArrowBatch first,
                     BlockingQueue<Object> queue, long chunkRows, long chunkNanos) {
        super(allocator);
        this.first = first;
        this.schemaRoot = schemaRoot;
        this.queue = queue;
        this.chunkRows = chunkRows;
        this.chunkNanos = chunkNanos;
    }

    @Override
    public VectorSchemaRoot getVectorSchemaRoot() {
        return current == null ? schemaRoot : current.root();
    }

    @Override
    public boolean loadNextBatch() throws IOException {
        releaseCurrent();
        if (ended || rows >= chunkRows || (rows > 0 && System.nanoTime() - started >= chunkNanos)) return false;
        Object next = first != null ? first : take();
        first = null;
        if (next == null) return false;  // the chunk's time ran out while waiting
        if (next == Signal.ABORT) {
            ended = true;
            throw new IOException("import aborted");
        }
        if (next == Signal.END) {
            ended = true;
            return false;
        }
        current = (FlowArrowBatch) next;
        rows += current.root().getRowCount();
        return true;
    }

    /** The next queue entry; null when the chunk holds rows and its time ran out first. */
    private Object take() throws IOException {
        try {
            if (rows == 0) return queue.take();
            return queue.poll(chunkNanos - (System.nanoTime() - started), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("import interrupted", e);
        }
    }

    /** Rows handed to DuckDB by this stream. */
    long rows() { return rows; }

    /** Whether the writer said there is nothing more after this chunk. */
    boolean ended() { return ended; }

    private void releaseCurrent() {
        if (current != null) {
            current.close();
            current = null;
        }
    }

    @Override
    public long bytesRead() {
        return 0;
    }

    @Override
    protected void closeReadSource() {
        releaseCurrent();
        if (first != null) {
            first.close();
            first = null;
        }
    }

    @Override
    protected Schema readSchema() {
        return schemaRoot.getSchema();
    }
}

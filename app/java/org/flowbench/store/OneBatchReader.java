package org.flowbench.store;

import java.io.IOException;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Hands DuckDB one already-filled batch through the C stream interface. It serves the
 * writer's own root instead of allocating one, and leaves it open when DuckDB releases the
 * stream, so the same buffers carry the next batch.
 */
final class OneBatchReader extends ArrowReader {
    private final VectorSchemaRoot root;
    private boolean served;

    OneBatchReader(BufferAllocator allocator, VectorSchemaRoot root) {
        super(allocator);
        this.root = root;
    }

    @Override
    public VectorSchemaRoot getVectorSchemaRoot() {
        return root;
    }

    @Override
    public boolean loadNextBatch() {
        if (served) return false;
        served = true;
        return true;
    }

    @Override
    public long bytesRead() {
        return 0;
    }

    @Override
    protected void closeReadSource() {
        // the root belongs to the writer
    }

    @Override
    protected Schema readSchema() throws IOException {
        return root.getSchema();
    }
}

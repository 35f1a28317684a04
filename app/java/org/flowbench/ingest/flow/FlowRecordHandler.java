package org.flowbench.ingest.flow;

/** Receives decoded flow records; the record is reused after the call returns. */
@FunctionalInterface
public interface FlowRecordHandler {
    void onRecord(FlowRecord record);
}

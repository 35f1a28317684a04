package org.flowbench.schema;

/**
 * Where an import puts its rows. Decoders and aggregators write to a sink and know nothing of
 * the store; the store's writer implements it. The batch may be reused after the call returns.
 */
@FunctionalInterface
public interface FlowSink {
    void accept(FlowBatch batch) throws Exception;
}

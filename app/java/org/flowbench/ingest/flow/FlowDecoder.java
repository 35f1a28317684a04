package org.flowbench.ingest.flow;

/**
 * Decodes one export datagram into flow records. Never throws on bad input: damage goes to the
 * decoder's DamageLog and the exporter's {@link ExporterStats#malformed} counter.
 */
public interface FlowDecoder {
    void decode(ExportDatagram datagram, FlowRecordHandler handler);
}

package org.flowbench.ingest.flow;

/** A data set that arrived before its template, copied with the header context needed to decode it later. */
final class HeldDataSet {
    final long exporterHi, exporterLo;
    final long templateKey;
    final byte[] body;
    final ExportHeader header;
    final long receivedMicros;

    HeldDataSet(long exporterHi, long exporterLo, long templateKey, byte[] body, ExportHeader header, long receivedMicros) {
        this.exporterHi = exporterHi;
        this.exporterLo = exporterLo;
        this.templateKey = templateKey;
        this.body = body;
        this.header = header;
        this.receivedMicros = receivedMicros;
    }
}

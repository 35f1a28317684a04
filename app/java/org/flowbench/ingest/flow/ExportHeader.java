package org.flowbench.ingest.flow;

/** What a data record needs from its message header to become a {@link FlowRecord}. */
final class ExportHeader {
    int version;
    long exporterHi, exporterLo;
    long domain;
    /** Export time from the header, microseconds since the epoch. */
    long exportMicros;
    /** v5/v9 sysUptime in milliseconds; -1 for IPFIX. */
    long sysUptimeMillis = -1;
    long fileOffset = -1;

    ExportHeader copy() {
        ExportHeader h = new ExportHeader();
        h.version = version;
        h.exporterHi = exporterHi;
        h.exporterLo = exporterLo;
        h.domain = domain;
        h.exportMicros = exportMicros;
        h.sysUptimeMillis = sysUptimeMillis;
        h.fileOffset = fileOffset;
        return h;
    }
}

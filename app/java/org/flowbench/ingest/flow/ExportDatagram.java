package org.flowbench.ingest.flow;

/**
 * One UDP payload carrying a flow export, and where it came from. Mutable and reused; data is
 * only valid during the decode call.
 *
 * @implNote exporter address hi/lo as in {@link FlowRecord}; receivedMicros is the capture or
 *     receive time, used where the export carries no absolute time.
 */
public final class ExportDatagram {
    public long exporterHi, exporterLo;
    public int exporterPort;
    public long receivedMicros;
    public byte[] data;
    public int offset;
    public int length;
    /** Where the datagram starts in its file (capture) or -1 (live), for damage reports. */
    public long fileOffset = -1;
}

package org.flowbench.ingest.pcap;

import java.io.Closeable;
import java.io.IOException;

/**
 * Reads frames from a capture file (pcap or pcapng). Recoverable damage goes to the
 * reader's damage log; {@link org.flowbench.ingest.decode.DecodeException} means nothing more
 * can be read.
 */
public interface CaptureReader extends Closeable {
    /** Fills {@code packet} with the next frame; returns false at the end of the input. */
    boolean next(CapturedPacket packet) throws IOException;

    /** Bytes of (uncompressed) input consumed so far, for progress. */
    long position();

    /** What the reader has seen so far: format, frames, sections, interfaces, skipped blocks. */
    CaptureStats stats();
}

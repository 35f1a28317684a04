package org.flowbench.ingest.pcap;

/**
 * One captured frame as the reader hands it out. Mutable and reused: {@link #data} is the
 * reader's buffer, valid only until the next call to {@link CaptureReader#next}.
 */
public final class CapturedPacket {
    /** LINKTYPE_* value of the interface the frame was captured on. */
    public int linkType;
    /** Seconds since the epoch, UTC; a long so that pcapng times past 2106 fit. */
    public long epochSeconds;
    /** Nanoseconds within the second, 0..999,999,999. */
    public int nanos;
    public byte[] data;
    public int offset;
    /** Bytes present in the file (after snaplen truncation). */
    public int capturedLength;
    /** Bytes on the wire. Larger than capturedLength when the snaplen cut the frame. */
    public int originalLength;
    /** Offset of the record (pcap record header or pcapng block) in the uncompressed file. */
    public long fileOffset;
    /**
     * Interface the frame was captured on: 0 for pcap; for pcapng the position of its
     * interface description block in the file, counted across sections from 0.
     */
    public int interfaceId;

    public boolean isTruncated() { return capturedLength < originalLength; }
}

package org.flowbench.ingest.pcap;

import java.util.Map;
import java.util.TreeMap;

/** Counters of what a {@link CaptureReader} saw in the file, for the import report and tests. */
public final class CaptureStats {
    /** "pcap" or "pcapng", with byte order and resolution for pcap. */
    public String format = "";
    /** Whether the file was gzip-compressed. */
    public boolean gzip;
    /** Frames handed out by {@link CaptureReader#next}. */
    public long frames;
    /** Frames whose captured length is below the original length (cut by the snaplen). */
    public long snaplenCut;
    /** pcapng sections (1 for pcap). */
    public long sections;
    /** Interfaces declared (pcapng IDBs across all sections; 1 for pcap). */
    public long interfaces;
    /** Frames dropped because they were damaged or referenced an unusable interface. */
    public long framesSkipped;
    /** pcapng blocks read past without use, per block kind (NRB, ISB, DSB, CB, DCB, unknown 0x...). */
    public final Map<String, Long> skippedBlocks = new TreeMap<>();

    void countSkippedBlock(String kind) {
        skippedBlocks.merge(kind, 1L, Long::sum);
    }
}

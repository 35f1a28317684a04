package org.flowbench.ingest.flow;

/** What moved for one exporter: the per-exporter counters the import report and Live panel show. */
public final class ExporterStats {
    public long datagrams;
    public long records;
    /** Records (v5/IPFIX) or datagrams (v9/sFlow) missing according to sequence numbers. */
    public long sequenceGaps;
    /** Data sets whose template was unknown (held or dropped). */
    public long unknownTemplates;
    public long malformed;
    public long templates;
    public long optionsRecords;
    /** sFlow counter samples and drop notifications: counted, not stored. */
    public long countersSkipped;
    /**
     * Directions of RFC 5103 biflow records that carried no packets and no bytes (either one:
     * exporters such as softflowd order the endpoints by address): counted, no record emitted.
     */
    public long emptyBiflowDirections;
}

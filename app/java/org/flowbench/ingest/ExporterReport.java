package org.flowbench.ingest;

/**
 * One exporter's counters in a flow-export import report ("everything that moves gets a counter").
 *
 * @param exporter address of the exporter (the datagrams' source), as text
 * @param sequenceGaps records (v5, IPFIX) or datagrams (v9, sFlow) missing by sequence numbers
 * @param unknownTemplates data sets whose template never arrived
 */
public record ExporterReport(String exporter, long datagrams, long records, long sequenceGaps,
                             long unknownTemplates, long malformed, long templates, long optionsRecords,
                             long countersSkipped) {
}

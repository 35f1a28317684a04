package org.flowbench.ingest.live;

/**
 * One exporter's counters at a moment of a collector session, as the Live panel and the
 * {@code collect} command show them.
 *
 * @param exporter          the source address as text, or "other exporters" past the table's bound
 * @param datagrams         datagrams decoded (accepted by the allowlist)
 * @param records           flow records stored or about to be
 * @param sequenceGaps      records (v5, IPFIX) or datagrams (v9, sFlow) missing by sequence numbers
 * @param unknownTemplates  data sets whose template had not arrived
 * @param malformed         datagrams of no known protocol or with damage
 * @param rejected          datagrams refused by the allowlist
 */
public record ExporterCounters(String exporter, long datagrams, long records, long sequenceGaps,
                               long unknownTemplates, long malformed, long rejected) {
    ExporterCounters plus(ExporterCounters o) {
        return new ExporterCounters(exporter, datagrams + o.datagrams, records + o.records,
                sequenceGaps + o.sequenceGaps, unknownTemplates + o.unknownTemplates, malformed + o.malformed,
                rejected + o.rejected);
    }
}

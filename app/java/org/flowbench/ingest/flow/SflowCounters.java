package org.flowbench.ingest.flow;

import org.flowbench.ingest.pcap.KeyCounter;

/**
 * What one {@link SflowDecoder} saw, in more detail than {@link ExporterStats}: per sample and
 * record type, so that tests and the import report can compare with tshark and say why a
 * sample became no record.
 */
public final class SflowCounters {
    public long datagrams;
    /** Datagrams whose version word was not 5 (sFlow v2/v4, or not sFlow at all): not decoded. */
    public long wrongVersion;
    /** Datagrams with at least one problem (also counted in {@link ExporterStats#malformed}). */
    public long malformedDatagrams;

    public long flowSamples;
    public long expandedFlowSamples;
    public long counterSamples;
    public long expandedCounterSamples;
    /** Drop notifications (enterprise 0 format 5, sflow.org/sflow_drops.txt). */
    public long discardSamples;
    /** Samples of other enterprises or formats, skipped by their length. */
    public long otherSamples;
    /** Samples skipped because their content did not fit their declared length. */
    public long badSamples;

    /** Records inside flow samples, whatever their format. */
    public long flowRecords;
    public long rawHeaders;
    public long sampledIpv4;
    public long sampledIpv6;
    public long extendedSwitch;
    public long extendedRouter;
    public long extendedGateway;
    /** Flow records of other formats (sampled Ethernet, tunnels, MPLS, ...), skipped by their length. */
    public long otherFlowRecords;
    /** Records inside counter samples, walked by their length and not decoded. */
    public long counterRecords;

    /** Raw headers whose header_protocol the packet decoder does not read, per protocol number. */
    public final KeyCounter unsupportedHeaderProtocols = new KeyCounter();
    /** Raw headers the packet decoder did not turn into an IP packet (ARP, LLDP, cut short, malformed). */
    public long headersNotIp;
    /** Flow samples with no IP packet to report (no usable header, no sampled IPv4/IPv6 record). */
    public long samplesWithoutIp;
    /** Flow records handed to the handler: one per flow sample that carried an IP packet. */
    public long recordsEmitted;
    /** Datagrams that hit a decoder bug: counted as malformed instead of escaping; must stay 0. */
    public long decoderErrors;

    /** All samples, whatever their type. */
    public long samples() {
        return flowSamples + expandedFlowSamples + counterSamples + expandedCounterSamples + discardSamples + otherSamples;
    }

    @Override
    public String toString() {
        return "datagrams=" + datagrams + " wrongVersion=" + wrongVersion + " malformed=" + malformedDatagrams
                + " flowSamples=" + flowSamples + " expandedFlowSamples=" + expandedFlowSamples
                + " counterSamples=" + counterSamples + " expandedCounterSamples=" + expandedCounterSamples
                + " discardSamples=" + discardSamples + " otherSamples=" + otherSamples + " badSamples=" + badSamples
                + " flowRecords=" + flowRecords + " rawHeaders=" + rawHeaders + " sampledIpv4=" + sampledIpv4
                + " sampledIpv6=" + sampledIpv6 + " extendedSwitch=" + extendedSwitch
                + " extendedRouter=" + extendedRouter + " extendedGateway=" + extendedGateway
                + " otherFlowRecords=" + otherFlowRecords + " counterRecords=" + counterRecords
                + " unsupportedHeaderProtocols=" + unsupportedHeaderProtocols + " headersNotIp=" + headersNotIp
                + " samplesWithoutIp=" + samplesWithoutIp + " recordsEmitted=" + recordsEmitted
                + " decoderErrors=" + decoderErrors;
    }
}

package org.flowbench.ingest.live;

/**
 * A snapshot of a running capture, refreshed by the capture thread after every read.
 *
 * @param received          frames handed to us by libpcap (after the filter)
 * @param ipPackets         IP packets decoded and aggregated
 * @param ipBytes           IP bytes of those packets (the Live chart's rates come from two snapshots)
 * @param nonIp             frames without IP (ARP, LLDP, ...), counted not stored
 * @param truncated         frames whose IP header the snaplen cut
 * @param malformed         frames with inconsistent headers
 * @param unsupportedLink   frames of a link type the decoder does not read
 * @param kernelDropped     packets the kernel dropped because we read too slowly (pcap_stats ps_drop)
 * @param interfaceDropped  packets the interface or driver dropped (ps_ifdrop)
 * @param rowsStored        rows committed to {@code flows}
 * @param packetsStored     packets in the committed rows
 * @param bytesStored       IP bytes in the committed rows
 * @param seconds           seconds since the capture started
 */
public record CaptureCounters(long received, long ipPackets, long ipBytes, long nonIp, long truncated, long malformed,
                              long unsupportedLink, long kernelDropped, long interfaceDropped,
                              long rowsStored, long packetsStored, long bytesStored, double seconds) {
    public static final CaptureCounters ZERO = new CaptureCounters(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
}

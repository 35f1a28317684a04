package org.flowbench.ingest.pcap;

/**
 * One pcapng Interface Description Block as the packet blocks need it.
 *
 * @param globalId     position of the IDB in the file, counted across sections
 * @param linkType     LINKTYPE_* of the interface
 * @param snaplen      bytes kept per frame, 0 for no limit
 * @param scale        timestamp resolution (if_tsresol), null when unusable
 * @param offsetSeconds if_tsoffset: seconds added to every timestamp
 * @param unusable     why frames on this interface cannot be read, null when they can
 */
record PcapngInterface(int globalId, int linkType, long snaplen, TimestampScale scale, long offsetSeconds,
                       String unusable) {
    static PcapngInterface unusable(int globalId, String why) {
        return new PcapngInterface(globalId, -1, 0, null, 0, why);
    }
}

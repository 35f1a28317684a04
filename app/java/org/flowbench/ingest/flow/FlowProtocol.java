package org.flowbench.ingest.flow;

/**
 * Which flow-export protocol a UDP payload carries, recognised from the payload alone (never
 * from the port: one capture may mix all of them on one port).
 */
public enum FlowProtocol {
    V5, V9, IPFIX, SFLOW5, UNKNOWN;

    static final int V5_HEADER = 24, V5_RECORD = 48, V9_HEADER = 20, IPFIX_HEADER = 16;

    /**
     * The protocol whose header fits these bytes: the version field plus a plausibility check,
     * so a datagram of another protocol (or noise) is not taken for one of ours.
     * NetFlow v5: count*48+24 equals the length (or the length is a whole number of records
     * when the count field is damaged, so the v5 decoder can report it). v9: a first flowset
     * with a valid id and a length inside the datagram. IPFIX: the message length field equals
     * the datagram length (RFC 7011 section 3.1). sFlow v5: version 5 in 32 bits and agent
     * address type 1 (IPv4) or 2 (IPv6).
     */
    public static FlowProtocol sniff(byte[] data, int off, int len) {
        if (data == null || off < 0 || len < 4 || off > data.length - len) return UNKNOWN;
        int version = ExportBytes.u16(data, off);
        switch (version) {
            case 5:
                return isV5(data, off, len) ? V5 : UNKNOWN;
            case 9:
                return isV9(data, off, len) ? V9 : UNKNOWN;
            case 10:
                return len >= IPFIX_HEADER && ExportBytes.u16(data, off + 2) == len ? IPFIX : UNKNOWN;
            case 0:
                return isSflow5(data, off, len) ? SFLOW5 : UNKNOWN;
            default:
                return UNKNOWN;
        }
    }

    private static boolean isV5(byte[] d, int off, int len) {
        if (len < V5_HEADER + V5_RECORD) return false;
        int count = ExportBytes.u16(d, off + 2);
        return V5_HEADER + count * V5_RECORD == len || (len - V5_HEADER) % V5_RECORD == 0;
    }

    private static boolean isV9(byte[] d, int off, int len) {
        if (len < V9_HEADER + 4) return false;
        int count = ExportBytes.u16(d, off + 2);
        int flowsetId = ExportBytes.u16(d, off + V9_HEADER);
        int flowsetLength = ExportBytes.u16(d, off + V9_HEADER + 2);
        boolean idOk = flowsetId == 0 || flowsetId == 1 || flowsetId >= 256;
        return idOk && flowsetLength >= 4 && flowsetLength <= len - V9_HEADER && count <= len;
    }

    private static boolean isSflow5(byte[] d, int off, int len) {
        if (len < 28) return false;
        long addressType = ExportBytes.u32(d, off + 4);
        return ExportBytes.u32(d, off) == 5 && (addressType == 1 || addressType == 2);
    }
}

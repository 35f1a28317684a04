package org.flowbench.ingest.pcap;

import org.flowbench.ingest.pcap.PacketDecoder.Outcome;

/** Renders a decode result as one line, so golden tests compare text and show readable diffs. */
final class PacketText {
    private PacketText() {}

    static String render(Outcome outcome, DecodedPacket p, PacketDecoder decoder) {
        if (outcome != Outcome.IP) return outcome + " " + decoder.lastProblem();
        StringBuilder s = new StringBuilder();
        s.append('v').append(p.ipVersion).append(' ');
        endpoint(s, p.ipVersion, p.srcHi, p.srcLo, p.srcPort);
        s.append(" > ");
        endpoint(s, p.ipVersion, p.dstHi, p.dstLo, p.dstPort);
        s.append(" proto=").append(p.proto).append(" len=").append(p.pktLen);
        if (p.ipBytes != p.pktLen) s.append(" bytes=").append(p.ipBytes);
        s.append(" frag=").append(frag(p.frag)).append(" vlan=").append(p.vlan).append(" dscp=").append(p.dscp);
        if (p.proto == 6) s.append(String.format(" flags=0x%02x", p.tcpFlags));
        if (p.proto == 1 || p.proto == 58) s.append(" icmp=").append(p.icmpType).append('/').append(p.icmpCode);
        return s.toString();
    }

    static String frag(int bits) {
        if (bits == 0) return "-";
        StringBuilder s = new StringBuilder();
        String[] names = {"DF", "IsF", "FF", "LF"};
        for (int i = 0; i < 4; i++) {
            if ((bits & 1 << i) != 0) s.append(s.length() > 0 ? "|" : "").append(names[i]);
        }
        if ((bits & ~0x0F) != 0) s.append("|0x").append(Integer.toHexString(bits & ~0x0F));
        return s.toString();
    }

    private static void endpoint(StringBuilder s, int version, long hi, long lo, int port) {
        if (version == 4) {
            if (hi != 0 || (lo >>> 32) != 0xFFFF) s.append("not-v4-mapped!");
            s.append(lo >>> 24 & 0xFF).append('.').append(lo >>> 16 & 0xFF).append('.')
                    .append(lo >>> 8 & 0xFF).append('.').append(lo & 0xFF).append(':').append(port);
            return;
        }
        s.append('[').append(ipv6(hi, lo)).append("]:").append(port);
    }

    /** RFC 5952 text: lower case, the longest run of two or more zero groups as "::". */
    static String ipv6(long hi, long lo) {
        int[] g = new int[8];
        for (int i = 0; i < 4; i++) {
            g[i] = (int) (hi >>> (48 - 16 * i)) & 0xFFFF;
            g[i + 4] = (int) (lo >>> (48 - 16 * i)) & 0xFFFF;
        }
        int bestStart = -1, bestLen = 1;
        for (int i = 0; i < 8; ) {
            if (g[i] != 0) { i++; continue; }
            int j = i;
            while (j < 8 && g[j] == 0) j++;
            if (j - i > bestLen) { bestStart = i; bestLen = j - i; }
            i = j;
        }
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                s.append("::");
                i += bestLen - 1;
                continue;
            }
            if (s.length() > 0 && s.charAt(s.length() - 1) != ':') s.append(':');
            s.append(Integer.toHexString(g[i]));
        }
        return s.toString();
    }
}

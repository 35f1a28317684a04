package org.flowbench.ingest.flow;

import org.flowbench.schema.Addresses;

/** Renders a flow record as one line, so golden tests compare text and show readable diffs. */
final class FlowRecordText {
    private FlowRecordText() {}

    static String render(FlowRecord r) {
        StringBuilder s = new StringBuilder();
        s.append('v').append(r.ipVersion).append(' ')
                .append(endpoint(r.srcHi, r.srcLo, r.srcPort)).append(" > ").append(endpoint(r.dstHi, r.dstLo, r.dstPort))
                .append(" proto=").append(r.proto);
        if (r.proto == 6) s.append(String.format(" flags=0x%02x", r.tcpFlags));
        if (r.proto == 1 || r.proto == 58) s.append(" icmp=").append(r.icmpType).append('/').append(r.icmpCode);
        s.append(" len=").append(r.pktLen).append(" bytes=").append(r.bytes).append(" pkts=").append(r.packets)
                .append(" rate=").append(r.samplingRate)
                .append(" frag=").append(frag(r.frag)).append(" dscp=").append(r.dscp).append(" vlan=").append(r.vlan)
                .append(" in=").append(opt(r.inIf)).append(" out=").append(opt(r.outIf))
                .append(" as=").append(opt(r.srcAs)).append('>').append(opt(r.dstAs))
                .append(" agent=").append(Addresses.format(r.exporterHi, r.exporterLo)).append('/').append(r.domain);
        if (r.startMicros != r.endMicros) s.append(" start=").append(r.startMicros);
        s.append(" t=").append(r.endMicros);
        return s.toString();
    }

    private static String endpoint(long hi, long lo, int port) {
        String a = Addresses.format(hi, lo);
        return (a.indexOf(':') >= 0 ? "[" + a + "]" : a) + ":" + port;
    }

    private static String opt(long v) {
        return v == FlowRecord.NONE ? "-" : Long.toString(v);
    }

    static String frag(int bits) {
        if (bits == 0) return "-";
        StringBuilder s = new StringBuilder();
        String[] names = {"DF", "IsF", "FF", "LF"};
        for (int i = 0; i < 4; i++) {
            if ((bits & 1 << i) != 0) s.append(s.length() > 0 ? "|" : "").append(names[i]);
        }
        return s.toString();
    }
}

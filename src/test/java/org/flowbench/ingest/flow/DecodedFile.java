package org.flowbench.ingest.flow;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.flowbench.ingest.decode.DamageLog;

/** A capture of export datagrams decoded through {@link FlowExportDecoder}: records (copied), counters, damage. */
final class DecodedFile {
    /** The fields the tests compare, copied out of the reused FlowRecord. */
    record Flow(InetAddress src, InetAddress dst, int proto, int srcPort, int dstPort, long packets, long bytes,
            long startMillis, long endMillis, long inIf, long outIf, long srcAs, long dstAs, long samplingRate,
            int icmpType, int icmpCode, int pktLen, int vlan, int dscp, int tcpFlags, long domain) {}

    final List<Flow> flows = new ArrayList<>();
    final Map<FlowProtocol, Integer> protocols = new EnumMap<>(FlowProtocol.class);
    final DamageLog damage = new DamageLog();
    final FlowExportDecoder decoder = new FlowExportDecoder(new TemplateCache(), new ExporterStatsTable(), damage);
    final List<UdpPayloads.Payload> payloads;

    private DecodedFile(Path pcap) throws IOException {
        payloads = UdpPayloads.read(pcap);
        for (UdpPayloads.Payload p : payloads) {
            protocols.merge(decoder.decode(p.datagram(), r -> flows.add(copy(r))), 1, Integer::sum);
        }
        decoder.finish();
    }

    static DecodedFile of(Path pcap) throws IOException {
        return new DecodedFile(pcap);
    }

    ExporterStats total() {
        return decoder.stats().total();
    }

    static Flow copy(FlowRecord r) {
        return new Flow(address(r.srcHi, r.srcLo), address(r.dstHi, r.dstLo), r.proto, r.srcPort, r.dstPort, r.packets, r.bytes,
                r.startMicros / 1000, r.endMicros / 1000, r.inIf, r.outIf, r.srcAs, r.dstAs, r.samplingRate, r.icmpType,
                r.icmpCode, r.pktLen, r.vlan, r.dscp, r.tcpFlags, r.domain);
    }

    static InetAddress address(long hi, long lo) {
        try {
            return InetAddress.getByAddress(ByteBuffer.allocate(16).putLong(hi).putLong(lo).array());
        } catch (UnknownHostException e) {
            throw new AssertionError(e);
        }
    }
}

package org.flowbench.ingest;

import java.io.IOException;
import java.nio.file.Path;
import org.flowbench.ingest.decode.DamageLog;
import org.flowbench.ingest.flow.FlowProtocol;
import org.flowbench.ingest.pcap.CaptureReader;
import org.flowbench.ingest.pcap.CaptureReaders;
import org.flowbench.ingest.pcap.CapturedPacket;
import org.flowbench.ingest.pcap.DecodedPacket;
import org.flowbench.ingest.pcap.PacketDecoder;

/**
 * Whether a capture holds traffic (store the packets) or flow-export datagrams (store the flow
 * records they carry). Decided from the payloads of the first frames, never from ports: an
 * exporter may send to any port, and one capture may mix NetFlow, IPFIX and sFlow.
 */
public enum CaptureKind {
    PACKETS, FLOW_EXPORTS;

    /** Frames looked at; exports captured at a collector are export datagrams from the first frame. */
    static final int SAMPLE_FRAMES = 2000;

    /**
     * FLOW_EXPORTS when at least half the IP packets among the first frames carry a recognised export.
     * A capture of ordinary traffic that happens to contain some exports stays PACKETS; the
     * user can override with {@code --as flows}.
     */
    public static CaptureKind detect(Path file) throws IOException {
        long ip = 0, exports = 0;
        PacketDecoder decoder = new PacketDecoder();
        DecodedPacket out = new DecodedPacket();
        CapturedPacket frame = new CapturedPacket();
        try (CaptureReader reader = CaptureReaders.open(file, new DamageLog())) {
            for (int n = 0; n < SAMPLE_FRAMES && reader.next(frame); n++) {
                PacketDecoder.Outcome outcome = decoder.decode(frame.linkType, frame.data, frame.offset,
                        frame.capturedLength, frame.originalLength, out);
                if (outcome != PacketDecoder.Outcome.IP) continue;
                ip++;
                if (out.udpPayloadOffset >= 0
                        && FlowProtocol.sniff(frame.data, out.udpPayloadOffset, out.udpPayloadLength)
                        != FlowProtocol.UNKNOWN) {
                    exports++;
                }
            }
        }
        return exports > 0 && exports * 2 >= ip ? FLOW_EXPORTS : PACKETS;
    }
}

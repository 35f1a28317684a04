package org.flowbench.ingest;

import org.flowbench.ingest.pcap.CapturedPacket;
import org.flowbench.ingest.pcap.DecodedPacket;
import org.flowbench.ingest.pcap.PacketAggregator;

/**
 * What an import does with each decoded IP packet: aggregate it (a traffic capture) or read the
 * flow export it carries (a capture taken at a collector). The read loop knows neither.
 */
interface IpPacketConsumer {
    void accept(CapturedPacket frame, DecodedPacket packet) throws Exception;

    /** The input has ended: hand the last rows to the sink. */
    void finish() throws Exception;

    static IpPacketConsumer aggregating(PacketAggregator aggregator) {
        return new IpPacketConsumer() {
            @Override
            public void accept(CapturedPacket frame, DecodedPacket packet) throws Exception {
                aggregator.add(frame.epochSeconds, packet);
            }

            @Override
            public void finish() throws Exception {
                aggregator.finish();
            }
        };
    }
}

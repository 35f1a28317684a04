package org.flowbench.ingest.pcap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The flow import reads export datagrams from the UDP payload the decoder locates. */
class UdpPayloadLocationTest {
    private final PacketDecoder decoder = new PacketDecoder();
    private final DecodedPacket out = new DecodedPacket();

    private PacketDecoder.Outcome decode(byte[] frame, int captured) {
        return decoder.decode(LinkType.ETHERNET, frame, 0, captured, frame.length, out);
    }

    @Test
    void payloadBoundedByTheUdpLengthNotTheEthernetPadding() {
        byte[] frame = new FrameBuilder().eth(0x0800).ipv4("192.0.2.1", "192.0.2.2", 17)
                .u16(2055).u16(2055).u16(12).u16(0).u8(0, 5, 0, 1).zeros(18).build();
        assertThat(decode(frame, frame.length)).isEqualTo(PacketDecoder.Outcome.IP);
        assertThat(out.udpPayloadOffset).isEqualTo(14 + 20 + 8);
        // the IP length covers the padding too (the builder fills it to the frame's end); UDP's does not
        assertThat(out.udpPayloadLength).isEqualTo(4);
        assertThat(frame[out.udpPayloadOffset + 1]).isEqualTo((byte) 5);
    }

    @Test
    void payloadCutBySnaplenIsWhatWasCaptured() {
        byte[] frame = new FrameBuilder().eth(0x0800).ipv4("192.0.2.1", "192.0.2.2", 17)
                .u16(2055).u16(2055).u16(8 + 100).u16(0).zeros(100).build();
        decode(frame, 14 + 20 + 8 + 30);
        assertThat(out.udpPayloadLength).isEqualTo(30);
    }

    @Test
    void noPayloadForTcpOrNonFirstFragments() {
        byte[] tcp = new FrameBuilder().eth(0x0800).ipv4("192.0.2.1", "192.0.2.2", 6)
                .u16(1).u16(2).zeros(16).build();
        decode(tcp, tcp.length);
        assertThat(out.udpPayloadOffset).isEqualTo(-1);

        byte[] fragment = new FrameBuilder().eth(0x0800).ipv4("192.0.2.1", "192.0.2.2", 17)
                .fragment(false, false, 185).zeros(40).build();
        decode(fragment, fragment.length);
        assertThat(out.udpPayloadOffset).isEqualTo(-1);
    }
}

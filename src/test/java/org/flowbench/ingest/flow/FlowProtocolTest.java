package org.flowbench.ingest.flow;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FlowProtocolTest {
    @Test
    void recognisesNetflowV5ByCountAndLength() {
        byte[] d = new byte[24 + 2 * 48];
        d[1] = 5;
        d[3] = 2;
        assertThat(FlowProtocol.sniff(d, 0, d.length)).isEqualTo(FlowProtocol.V5);
        assertThat(FlowProtocol.sniff(d, 0, d.length - 1)).isEqualTo(FlowProtocol.UNKNOWN);
    }

    @Test
    void recognisesNetflowV9ByItsFirstFlowset() {
        byte[] d = new byte[20 + 8];
        d[1] = 9;
        d[3] = 1;
        d[23] = 8; // flowset id 0 (template), length 8
        assertThat(FlowProtocol.sniff(d, 0, d.length)).isEqualTo(FlowProtocol.V9);
        d[22] = 1; // length 264: beyond the datagram
        assertThat(FlowProtocol.sniff(d, 0, d.length)).isEqualTo(FlowProtocol.UNKNOWN);
        d[22] = 0;
        d[21] = 7; // flowset id 7: reserved
        assertThat(FlowProtocol.sniff(d, 0, d.length)).isEqualTo(FlowProtocol.UNKNOWN);
    }

    @Test
    void recognisesIpfixByItsMessageLength() {
        byte[] d = new byte[40];
        d[1] = 10;
        d[3] = 40;
        assertThat(FlowProtocol.sniff(d, 0, 40)).isEqualTo(FlowProtocol.IPFIX);
        assertThat(FlowProtocol.sniff(d, 0, 39)).isEqualTo(FlowProtocol.UNKNOWN);
    }

    @Test
    void recognisesSflow5ByVersionAndAgentAddressType() {
        byte[] d = new byte[64];
        d[3] = 5;
        d[7] = 2;
        assertThat(FlowProtocol.sniff(d, 0, 64)).isEqualTo(FlowProtocol.SFLOW5);
        d[7] = 3;
        assertThat(FlowProtocol.sniff(d, 0, 64)).isEqualTo(FlowProtocol.UNKNOWN);
    }

    @Test
    void sniffsInsideALargerBufferAndSurvivesNonsense() {
        byte[] d = new byte[100];
        d[11] = 10;
        d[13] = 40;
        assertThat(FlowProtocol.sniff(d, 10, 40)).isEqualTo(FlowProtocol.IPFIX);
        assertThat(FlowProtocol.sniff(d, 90, 40)).isEqualTo(FlowProtocol.UNKNOWN);
        assertThat(FlowProtocol.sniff(d, -1, 4)).isEqualTo(FlowProtocol.UNKNOWN);
        assertThat(FlowProtocol.sniff(null, 0, 4)).isEqualTo(FlowProtocol.UNKNOWN);
        assertThat(FlowProtocol.sniff(d, 0, 3)).isEqualTo(FlowProtocol.UNKNOWN);
    }
}

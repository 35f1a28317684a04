package org.flowbench.samples;

/**
 * Interactive SSH sessions of our admins to the bastion, already open when the capture
 * starts: keystrokes, echoes, command output, delayed ACKs. Marked AF21 as OpenSSH does.
 */
final class SshSessions implements TrafficSource {
    private static final int TO_CLIENT = 1 << 8;
    private static final int DSCP_AF21 = 18;

    private final int sourceId;
    private final SeededRandom random;
    private final double keystrokesPerSecond;
    private final int[] clientPort = new int[NetworkPlan.ADMINS.length];
    private final int[] clientSeq = new int[NetworkPlan.ADMINS.length];
    private final int[] serverSeq = new int[NetworkPlan.ADMINS.length];
    private final long[] rtt = new long[NetworkPlan.ADMINS.length];

    SshSessions(int sourceId, SeededRandom random, double keystrokesPerSecond) {
        this.sourceId = sourceId;
        this.random = random;
        this.keystrokesPerSecond = keystrokesPerSecond;
        for (int i = 0; i < clientPort.length; i++) {
            clientPort[i] = Traffic.ephemeralPort(random);
            clientSeq[i] = (int) random.nextLong();
            serverSeq[i] = (int) random.nextLong();
            rtt[i] = random.between(15_000, 60_000);
        }
    }

    @Override
    public void schedule(long from, long to, EventBuffer ev) {
        for (int i = 0; i < clientPort.length; i++) {
            int keys = Traffic.count(keystrokesPerSecond * (to - from) / 1e6, random);
            long t = from;
            for (int k = 0; k < keys; k++) {
                t = Math.max(t, Traffic.timeIn(from, to, random));
                int admin = NetworkPlan.ADMINS[i];
                int request = 36;
                int reply = random.chance(0.1) ? random.between(300, 1_400) : 36;
                ev.add(t, sourceId, PacketSpec.PSH | PacketSpec.ACK, admin, NetworkPlan.SSH_BASTION, clientPort[i], 22,
                        clientSeq[i], serverSeq[i], request);
                clientSeq[i] += request;
                long echo = t + Traffic.NEAR_MICROS + random.between(50, 3_000);
                ev.add(echo, sourceId, TO_CLIENT | PacketSpec.PSH | PacketSpec.ACK, admin, NetworkPlan.SSH_BASTION,
                        clientPort[i], 22, serverSeq[i], clientSeq[i], reply);
                serverSeq[i] += reply;
                ev.add(echo + rtt[i], sourceId, PacketSpec.ACK, admin, NetworkPlan.SSH_BASTION, clientPort[i], 22,
                        clientSeq[i], serverSeq[i], 0);
            }
        }
    }

    @Override
    public void render(EventBuffer ev, int row, PacketSpec spec) {
        boolean toClient = (ev.kind[row] & TO_CLIENT) != 0;
        int sender = toClient ? ev.dst[row] : ev.src[row];
        int receiver = toClient ? ev.src[row] : ev.dst[row];
        NetworkPlan.v4(spec, sender, receiver);
        spec.ttl = Traffic.ttl(NetworkPlan.isOursV4(sender), sender);
        spec.proto = PacketSpec.TCP;
        spec.srcPort = toClient ? 22 : ev.srcPort[row];
        spec.dstPort = toClient ? ev.srcPort[row] : 22;
        spec.tcpFlags = ev.kind[row] & 0xFF;
        spec.seq = ev.seq[row];
        spec.ack = ev.ack[row];
        spec.window = 501;
        spec.dontFragment = true;
        spec.dscp = DSCP_AF21;
        spec.ipId = random.nextInt(65_536);
        spec.payloadLength = WebPayloads.sshPacket(spec.payload, ev.arg[row], random);
    }
}

package org.flowbench.samples;

/**
 * A benign bulk transfer: our backup host pushes data over SSH to an outside backup site at a
 * steady rate, with the ACK stream coming back. Labelled as a benign incident so detection
 * scoring can count alerts on it as false.
 */
final class BulkTransfer implements TrafficSource {
    private static final int TO_SENDER = 1 << 8;
    private static final int SEGMENT = 1448;
    private static final int DSCP_CS1 = 8;

    private final int sourceId;
    private final int incident;
    private final SeededRandom random;
    private final long startMicros;
    private final long endMicros;
    private final double segmentsPerSecond;
    private final int port;
    private int seq;
    private final int peerSeq;
    private int unacked;

    BulkTransfer(int sourceId, int incident, SeededRandom random, int startSecond, int seconds, double segmentsPerSecond) {
        this.sourceId = sourceId;
        this.incident = incident;
        this.random = random;
        this.startMicros = startSecond * 1_000_000L;
        this.endMicros = startMicros + seconds * 1_000_000L;
        this.segmentsPerSecond = segmentsPerSecond;
        this.port = Traffic.ephemeralPort(random);
        this.seq = (int) random.nextLong();
        this.peerSeq = (int) random.nextLong();
    }

    @Override
    public int incident() {
        return incident;
    }

    @Override
    public void schedule(long from, long to, EventBuffer ev) {
        long a = Math.max(from, startMicros);
        long b = Math.min(to, endMicros);
        if (a >= b) return;
        int segments = Traffic.count(segmentsPerSecond * (b - a) / 1e6, random);
        long step = (b - a) / Math.max(1, segments);
        for (int i = 0; i < segments; i++) {
            long t = a + i * step + random.nextInt((int) Math.max(1, step / 4));
            ev.add(t, sourceId, PacketSpec.PSH | PacketSpec.ACK, NetworkPlan.BACKUP_SOURCE, NetworkPlan.BACKUP_TARGET,
                    port, 22, seq, peerSeq, SEGMENT);
            seq += SEGMENT;
            if (++unacked == 2) {
                ev.add(t + 23_000, sourceId, TO_SENDER | PacketSpec.ACK, NetworkPlan.BACKUP_SOURCE,
                        NetworkPlan.BACKUP_TARGET, port, 22, peerSeq, seq, 0);
                unacked = 0;
            }
        }
    }

    @Override
    public void render(EventBuffer ev, int row, PacketSpec spec) {
        boolean back = (ev.kind[row] & TO_SENDER) != 0;
        int sender = back ? ev.dst[row] : ev.src[row];
        int receiver = back ? ev.src[row] : ev.dst[row];
        NetworkPlan.v4(spec, sender, receiver);
        spec.ttl = Traffic.ttl(!back, sender);
        spec.proto = PacketSpec.TCP;
        spec.srcPort = back ? 22 : ev.srcPort[row];
        spec.dstPort = back ? ev.srcPort[row] : 22;
        spec.tcpFlags = ev.kind[row] & 0xFF;
        spec.seq = ev.seq[row];
        spec.ack = ev.ack[row];
        spec.window = back ? 3_000 : 501;
        spec.dontFragment = true;
        spec.dscp = DSCP_CS1;
        spec.ipId = random.nextInt(65_536);
        spec.payloadLength = WebPayloads.sshPacket(spec.payload, ev.arg[row], random);
    }
}

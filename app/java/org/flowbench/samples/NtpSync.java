package org.flowbench.samples;

/**
 * Benign NTP: one of our hosts polls four public servers every 64 s, and outside clients use
 * our public NTP server. Plain 48-byte mode 3 / mode 4 exchanges.
 */
final class NtpSync implements TrafficSource {
    private static final long POLL_MICROS = 64_000_000L;
    private static final int REPLY = 1, OUTBOUND = 2;

    private final int sourceId;
    private final SeededRandom random;
    private final double outsideClientsPerSecond;
    private final long[] phase = new long[NetworkPlan.PUBLIC_NTP_SERVERS.length];
    private final int clientPort;

    NtpSync(int sourceId, SeededRandom random, double outsideClientsPerSecond) {
        this.sourceId = sourceId;
        this.random = random;
        this.outsideClientsPerSecond = outsideClientsPerSecond;
        for (int i = 0; i < phase.length; i++) phase[i] = (long) (random.nextDouble() * POLL_MICROS);
        this.clientPort = 123;
    }

    @Override
    public void schedule(long from, long to, EventBuffer events) {
        for (int i = 0; i < phase.length; i++) {
            long first = phase[i] + Math.max(0, Math.floorDiv(from - phase[i] + POLL_MICROS - 1, POLL_MICROS)) * POLL_MICROS;
            for (long t = first; t < to; t += POLL_MICROS) {
                if (t < from) continue;
                int server = NetworkPlan.PUBLIC_NTP_SERVERS[i];
                long rtt = 9_000 + 4_000L * i + random.nextInt(2_000);
                events.add(t, sourceId, OUTBOUND, NetworkPlan.NTP_CLIENT, server, clientPort, 123, 0, 0, (int) rtt);
                events.add(t + rtt, sourceId, OUTBOUND | REPLY, NetworkPlan.NTP_CLIENT, server, clientPort, 123, 0, 0, (int) rtt);
            }
        }
        int queries = Traffic.count(outsideClientsPerSecond * (to - from) / 1e6, random);
        for (int i = 0; i < queries; i++) {
            long t = Traffic.timeIn(from, to, random);
            int client = Addresses.inSlash16(NetworkPlan.CLIENT_NETS, random);
            int port = random.chance(0.6) ? 123 : Traffic.ephemeralPort(random);
            events.add(t, sourceId, 0, client, NetworkPlan.NTP_SERVER, port, 123, 0, 0, 0);
            events.add(t + Traffic.NEAR_MICROS, sourceId, REPLY, client, NetworkPlan.NTP_SERVER, port, 123, 0, 0,
                    (int) Traffic.NEAR_MICROS);
        }
    }

    @Override
    public void render(EventBuffer ev, int row, PacketSpec spec) {
        boolean reply = (ev.kind[row] & REPLY) != 0;
        int sender = reply ? ev.dst[row] : ev.src[row];
        int receiver = reply ? ev.src[row] : ev.dst[row];
        NetworkPlan.v4(spec, sender, receiver);
        spec.ttl = Traffic.ttl(NetworkPlan.isOursV4(sender), sender);
        spec.proto = PacketSpec.UDP;
        spec.srcPort = reply ? ev.dstPort[row] : ev.srcPort[row];
        spec.dstPort = reply ? ev.srcPort[row] : ev.dstPort[row];
        spec.ipId = random.nextInt(65_536);
        spec.dontFragment = true;
        spec.payloadLength = reply
                ? NtpMessages.serverReply(spec.payload, spec.timeMicros, ev.arg[row], sender == NetworkPlan.NTP_SERVER
                        ? Addresses.v4("193.106.144.1") : Addresses.v4("81.2.117.1"))
                : NtpMessages.clientRequest(spec.payload, spec.timeMicros);
    }
}

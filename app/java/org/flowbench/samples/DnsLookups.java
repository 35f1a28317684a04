package org.flowbench.samples;

/**
 * Benign DNS: outside resolvers ask our authoritative server, and the office resolver asks
 * outside authoritative servers. Each query gets its answer one round trip later.
 */
final class DnsLookups implements TrafficSource {
    static final String[] NAMES = {"www.example.com", "mail.example.com", "api.example.com", "cdn.example.net",
            "shop.example.org", "vpn.example.com", "static.example.net", "login.example.org", "news.example.com",
            "ntp.example.net", "images.example.org", "status.example.com"};
    private static final int ANSWER = 1, OUTBOUND = 2, AAAA = 4;

    private final int sourceId;
    private final SeededRandom random;
    private final double lookupsPerSecond;

    DnsLookups(int sourceId, SeededRandom random, double lookupsPerSecond) {
        this.sourceId = sourceId;
        this.random = random;
        this.lookupsPerSecond = lookupsPerSecond;
    }

    @Override
    public void schedule(long from, long to, EventBuffer events) {
        int lookups = Traffic.count(lookupsPerSecond * (to - from) / 1e6, random);
        for (int i = 0; i < lookups; i++) {
            long t = Traffic.timeIn(from, to, random);
            boolean outbound = random.chance(0.5);
            int client = outbound ? NetworkPlan.OFFICE_RESOLVER : Addresses.inSlash16(NetworkPlan.CLIENT_NETS, random);
            int server = outbound ? Addresses.inSlash16(NetworkPlan.CLIENT_NETS, random) : NetworkPlan.AUTH_DNS;
            int flags = (outbound ? OUTBOUND : 0) | (random.chance(0.3) ? AAAA : 0);
            int port = Traffic.ephemeralPort(random);
            int question = random.nextInt(NAMES.length) | (random.nextInt(65_536) << 16);
            long answerDelay = outbound ? random.between(4_000, 90_000) : Traffic.NEAR_MICROS + random.between(0, 400);
            events.add(t, sourceId, flags, client, server, port, 53, 0, 0, question);
            events.add(t + answerDelay, sourceId, flags | ANSWER, client, server, port, 53, 0, 0, question);
        }
    }

    @Override
    public void render(EventBuffer ev, int row, PacketSpec spec) {
        int kind = ev.kind[row];
        boolean answer = (kind & ANSWER) != 0;
        int sender = answer ? ev.dst[row] : ev.src[row];
        int receiver = answer ? ev.src[row] : ev.dst[row];
        NetworkPlan.v4(spec, sender, receiver);
        spec.ttl = Traffic.ttl(NetworkPlan.isOursV4(sender), sender);
        spec.proto = PacketSpec.UDP;
        spec.srcPort = answer ? 53 : ev.srcPort[row];
        spec.dstPort = answer ? ev.srcPort[row] : 53;
        spec.ipId = random.nextInt(65_536);
        int question = ev.arg[row];
        String name = NAMES[question & 0xFF];
        int type = (kind & AAAA) != 0 ? DnsMessages.TYPE_AAAA : DnsMessages.TYPE_A;
        int id = question >>> 16;
        spec.payloadLength = answer
                ? DnsMessages.answer(spec.payload, id, name, type, (question & 0xFF) * 7 + id)
                : DnsMessages.query(spec.payload, id, name, type);
    }
}

package org.flowbench.samples;

/**
 * Complete HTTPS (TLS records) and HTTP/1.1 sessions: handshake, request, response segments,
 * delayed ACKs, FIN exchange, with consistent sequence numbers. Outside clients visit our web
 * servers; office users (behind the NAT addresses) visit outside servers.
 */
final class WebSessions implements TrafficSource {
    private static final int DIR_TO_CLIENT = 1 << 8;
    private static final int P_HTTP_REQUEST = 1 << 9, P_HTTP_RESPONSE = 2 << 9, P_TLS = 3 << 9;
    private static final int PAYLOAD_MASK = 3 << 9;
    private static final int V6 = 1 << 12;
    private static final int MSS_V4 = 1460, MSS_V6 = 1440;

    private final int sourceId;
    private final SeededRandom random;
    private final double sessionsPerSecond;
    private final int[] servers;
    private final double v6Share;
    private final double outboundShare;
    private final byte[] scratch = new byte[2048];

    WebSessions(int sourceId, SeededRandom random, double sessionsPerSecond, int[] servers, double v6Share,
                double outboundShare) {
        this.sourceId = sourceId;
        this.random = random;
        this.sessionsPerSecond = sessionsPerSecond;
        this.servers = servers;
        this.v6Share = v6Share;
        this.outboundShare = outboundShare;
    }

    @Override
    public void schedule(long from, long to, EventBuffer events) {
        int sessions = Traffic.count(sessionsPerSecond * (to - from) / 1e6, random);
        for (int i = 0; i < sessions; i++) session(Traffic.timeIn(from, to, random), events);
    }

    private void session(long t, EventBuffer ev) {
        boolean v6 = random.chance(v6Share);
        boolean clientOurs = !v6 && random.chance(outboundShare);
        int client;
        int server;
        if (v6) {
            client = random.nextInt(1 << 30);
            server = random.chance(0.7) ? NetworkPlan.V6_WEB : NetworkPlan.V6_WEB_2;
        } else if (clientOurs) {
            client = NetworkPlan.OFFICE_NAT[random.nextInt(NetworkPlan.OFFICE_NAT.length)];
            server = Addresses.inSlash16(NetworkPlan.CLIENT_NETS, random);
        } else {
            client = Addresses.inSlash16(NetworkPlan.CLIENT_NETS, random);
            server = servers[random.nextInt(servers.length)];
        }
        boolean tls = random.chance(0.85);
        int port = tls ? 443 : 80;
        int clientPort = Traffic.ephemeralPort(random);
        long rtt = random.between(8_000, 150_000);
        long toServer = clientOurs ? rtt : Traffic.NEAR_MICROS;
        long toClient = clientOurs ? Traffic.NEAR_MICROS : rtt;
        int family = v6 ? V6 : 0;
        int mss = v6 ? MSS_V6 : MSS_V4;

        int requestVariant = random.nextInt(1000);
        int requestLength = tls ? random.between(180, 620) : WebPayloads.httpRequest(scratch, requestVariant);
        int body = bodyLength();
        // Every TLS segment is one whole record, so the last must hold at least a record header.
        if (tls && body % mss > 0 && body % mss < 6) body += 6;
        int responseLength = tls ? body : WebPayloads.httpResponseLength(body);
        int c = (int) random.nextLong();
        int s = (int) random.nextLong();

        long at = t;
        ev.add(at, sourceId, family | PacketSpec.SYN, client, server, clientPort, port, c, 0, 0);
        at += toServer;
        ev.add(at, sourceId, family | DIR_TO_CLIENT | PacketSpec.SYN | PacketSpec.ACK, client, server, clientPort, port, s, c + 1, 0);
        at += toClient;
        ev.add(at, sourceId, family | PacketSpec.ACK, client, server, clientPort, port, c + 1, s + 1, 0);
        at += 40;
        ev.add(at, sourceId, family | (tls ? P_TLS : P_HTTP_REQUEST) | PacketSpec.PSH | PacketSpec.ACK, client, server,
                clientPort, port, c + 1, s + 1, tls ? requestLength : requestVariant);
        int clientNext = c + 1 + requestLength;
        at += toServer + random.between(300, 25_000);
        int segments = (responseLength + mss - 1) / mss;
        for (int i = 0; i < segments; i++) {
            int offset = i * mss;
            int length = Math.min(mss, responseLength - offset);
            int flags = PacketSpec.ACK | (i == segments - 1 ? PacketSpec.PSH : 0);
            int arg = tls ? length : (body | (i << 20));
            ev.add(at, sourceId, family | DIR_TO_CLIENT | (tls ? P_TLS : P_HTTP_RESPONSE) | flags, client, server,
                    clientPort, port, s + 1 + offset, clientNext, arg);
            if (i % 2 == 1 || i == segments - 1) {
                ev.add(at + toClient, sourceId, family | PacketSpec.ACK, client, server, clientPort, port, clientNext,
                        s + 1 + offset + length, 0);
            }
            at += random.between(20, 400);
        }
        int serverNext = s + 1 + responseLength;
        ev.add(at, sourceId, family | DIR_TO_CLIENT | PacketSpec.FIN | PacketSpec.ACK, client, server, clientPort, port,
                serverNext, clientNext, 0);
        at += toClient + 1_000;
        ev.add(at, sourceId, family | PacketSpec.FIN | PacketSpec.ACK, client, server, clientPort, port, clientNext,
                serverNext + 1, 0);
        at += toServer;
        ev.add(at, sourceId, family | DIR_TO_CLIENT | PacketSpec.ACK, client, server, clientPort, port, serverNext + 1,
                clientNext + 1, 0);
    }

    private int bodyLength() {
        double roll = random.nextDouble();
        if (roll < 0.75) return random.between(300, 3_000);
        if (roll < 0.97) return random.between(3_000, 12_000);
        return random.between(12_000, 40_000);
    }

    @Override
    public void render(EventBuffer ev, int row, PacketSpec spec) {
        int kind = ev.kind[row];
        boolean toClient = (kind & DIR_TO_CLIENT) != 0;
        int client = ev.src[row];
        int server = ev.dst[row];
        int sender = toClient ? server : client;
        int receiver = toClient ? client : server;
        if ((kind & V6) != 0) {
            NetworkPlan.v6(spec, sender, receiver);
            spec.ttl = sender < 0 ? 64 : Traffic.remoteTtl(sender);
        } else {
            NetworkPlan.v4(spec, sender, receiver);
            spec.ttl = Traffic.ttl(NetworkPlan.isOursV4(sender), sender);
        }
        spec.proto = PacketSpec.TCP;
        spec.srcPort = toClient ? ev.dstPort[row] : ev.srcPort[row];
        spec.dstPort = toClient ? ev.srcPort[row] : ev.dstPort[row];
        spec.tcpFlags = kind & 0xFF;
        spec.seq = ev.seq[row];
        spec.ack = ev.ack[row];
        spec.synOptions = (spec.tcpFlags & PacketSpec.SYN) != 0;
        spec.window = spec.synOptions ? 64_240 : 502;
        spec.dontFragment = true;
        spec.ipId = random.nextInt(65_536);
        int arg = ev.arg[row];
        switch (kind & PAYLOAD_MASK) {
            case P_TLS -> spec.payloadLength = WebPayloads.tlsRecord(spec.payload, arg, random);
            case P_HTTP_REQUEST -> spec.payloadLength = WebPayloads.httpRequest(spec.payload, arg);
            case P_HTTP_RESPONSE -> {
                int body = arg & 0xFFFFF;
                int mss = (kind & V6) != 0 ? MSS_V6 : MSS_V4;
                int offset = (arg >>> 20) * mss;
                int length = Math.min(mss, WebPayloads.httpResponseLength(body) - offset);
                spec.payloadLength = WebPayloads.httpResponseSlice(spec.payload, body, offset, length);
            }
            default -> spec.payloadLength = 0;
        }
    }
}

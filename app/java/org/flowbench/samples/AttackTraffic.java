package org.flowbench.samples;

/**
 * One attack: packets of one vector towards one victim, at a rate that follows an
 * {@link Envelope}. Reflectors and bots are fixed pools drawn at the start, as in a real
 * attack where the same reflectors send again and again; spoofed SYN sources are fresh per
 * packet. Payloads come from a few prebuilt templates, so rendering is a copy and a patch.
 */
final class AttackTraffic implements TrafficSource {
    private static final int TEMPLATES = 8;
    private static final int[] DNS_SIZES = {1232, 2890, 3410, 3950, 4090};
    private static final double[] DNS_WEIGHTS = {0.2, 0.2, 0.25, 0.2, 0.15};
    private static final int[] MEMCACHED_SIZES = {1400, 2944, 4400};
    private static final double[] MEMCACHED_WEIGHTS = {0.5, 0.3, 0.2};
    private static final int[] SYN_WINDOWS = {512, 1024, 2048, 5840, 16_384, 65_535};
    private static final int FLOOD_PAYLOAD_V4 = 512;
    private static final int FLOOD_PAYLOAD_V6 = 1024;

    private final int sourceId;
    private final int incident;
    private final SeededRandom random;
    private final AttackVector vector;
    private final Envelope envelope;
    private final int victim;
    private final int victimPort;
    private final int[] pool;
    private final byte[][] templates;
    private final int[] templateLength;
    /** Sum of each template without its first two bytes, which carry a per-packet id. */
    private final long[] templateTailSum;
    private final int floodPayload;

    /**
     * @param victim IPv4 address, the /24's first address for carpet bombing, or a
     *     {@link NetworkPlan} IPv6 host id for the IPv6 flood
     * @param poolSize how many reflectors or bots take part (ignored for the spoofed SYN flood)
     */
    AttackTraffic(int sourceId, int incident, SeededRandom random, AttackVector vector, Envelope envelope, int victim,
                  int victimPort, int poolSize, int floodPayload) {
        this.sourceId = sourceId;
        this.incident = incident;
        this.random = random;
        this.vector = vector;
        this.envelope = envelope;
        this.victim = victim;
        this.victimPort = victimPort;
        this.pool = new int[Math.max(1, poolSize)];
        for (int i = 0; i < pool.length; i++) {
            pool[i] = vector == AttackVector.IPV6_UDP_FLOOD ? random.nextInt(1 << 30) : Addresses.randomPublicV4(random);
        }
        this.templates = new byte[TEMPLATES][];
        this.templateLength = new int[TEMPLATES];
        this.templateTailSum = new long[TEMPLATES];
        this.floodPayload = floodPayload > 0 ? floodPayload
                : vector == AttackVector.IPV6_UDP_FLOOD ? FLOOD_PAYLOAD_V6 : FLOOD_PAYLOAD_V4;
        for (int i = 0; i < TEMPLATES; i++) {
            buildTemplate(i);
            templateTailSum[i] = InternetChecksum.add(0, templates[i], 2, Math.max(0, templateLength[i] - 2));
        }
    }

    private void buildTemplate(int i) {
        byte[] t = new byte[8192];
        templates[i] = t;
        switch (vector) {
            case NTP_AMPLIFICATION -> templateLength[i] = NtpMessages.monlistReply(t, i, i < TEMPLATES - 1, random);
            case DNS_AMPLIFICATION -> templateLength[i] = DnsMessages.amplificationResponse(t, 0,
                    "example" + i + ".net", DNS_SIZES[i % DNS_SIZES.length], random);
            case MEMCACHED_AMPLIFICATION -> templateLength[i] = MemcachedMessages.valueReply(t, 0, "k" + i,
                    MEMCACHED_SIZES[i % MEMCACHED_SIZES.length]);
            case UDP_CARPET_BOMBING, IPV6_UDP_FLOOD -> {
                random.nextBytes(t, 0, floodPayload);
                templateLength[i] = floodPayload;
            }
            case SYN_FLOOD -> templateLength[i] = 0;
        }
    }

    @Override
    public int incident() {
        return incident;
    }

    Envelope envelope() {
        return envelope;
    }

    @Override
    public void schedule(long from, long to, EventBuffer ev) {
        long a = Math.max(from, envelope.startMicros());
        long b = Math.min(to, envelope.endMicros());
        if (a >= b) return;
        int packets = envelope.count(a, b, random);
        for (int i = 0; i < packets; i++) {
            long t = Traffic.timeIn(a, b, random);
            int source;
            int destination = victim;
            int template = random.nextInt(TEMPLATES);
            switch (vector) {
                case SYN_FLOOD -> source = Addresses.randomPublicV4(random);
                case UDP_CARPET_BOMBING -> {
                    source = pool[random.nextInt(pool.length)];
                    destination = (victim & 0xFFFFFF00) | random.nextInt(256);
                }
                case DNS_AMPLIFICATION -> {
                    source = pool[random.nextInt(pool.length)];
                    template = weighted(DNS_WEIGHTS, DNS_SIZES.length);
                }
                case MEMCACHED_AMPLIFICATION -> {
                    source = pool[random.nextInt(pool.length)];
                    template = weighted(MEMCACHED_WEIGHTS, MEMCACHED_SIZES.length);
                }
                default -> source = pool[random.nextInt(pool.length)];
            }
            int dport = vector == AttackVector.SYN_FLOOD ? victimPort : FloodPorts.random(random);
            int sport = switch (vector) {
                case NTP_AMPLIFICATION -> 123;
                case DNS_AMPLIFICATION -> 53;
                case MEMCACHED_AMPLIFICATION -> 11_211;
                case SYN_FLOOD -> random.between(1_024, 65_535);
                default -> FloodPorts.random(random);
            };
            ev.add(t, sourceId, template, source, destination, sport, dport, (int) random.nextLong(), 0, 0);
        }
    }

    /** A template index whose size class follows the weights (templates repeat size classes). */
    private int weighted(double[] weights, int classes) {
        double roll = random.nextDouble();
        int sizeClass = 0;
        for (double acc = weights[0]; roll >= acc && sizeClass < classes - 1; acc += weights[++sizeClass]) { }
        int variants = (TEMPLATES - 1 - sizeClass) / classes + 1;
        return sizeClass + classes * random.nextInt(variants);
    }

    @Override
    public void render(EventBuffer ev, int row, PacketSpec spec) {
        int source = ev.src[row];
        int destination = ev.dst[row];
        if (vector == AttackVector.IPV6_UDP_FLOOD) {
            NetworkPlan.v6(spec, source, destination);
            spec.ttl = 40 + (source & 0x3F);
        } else {
            NetworkPlan.v4(spec, source, destination);
            spec.ttl = Traffic.remoteTtl(source);
            spec.ipId = random.nextInt(65_536);
        }
        spec.srcPort = ev.srcPort[row];
        spec.dstPort = ev.dstPort[row];
        if (vector == AttackVector.SYN_FLOOD) {
            spec.proto = PacketSpec.TCP;
            spec.tcpFlags = PacketSpec.SYN;
            spec.seq = ev.seq[row];
            spec.window = SYN_WINDOWS[random.nextInt(SYN_WINDOWS.length)];
            spec.ttl = random.between(40, 250);
            return;
        }
        spec.proto = PacketSpec.UDP;
        int template = ev.kind[row];
        int length = templateLength[template];
        System.arraycopy(templates[template], 0, spec.payload, 0, length);
        spec.payloadLength = length;
        if (vector == AttackVector.DNS_AMPLIFICATION || vector == AttackVector.MEMCACHED_AMPLIFICATION) {
            // The transaction or request id the spoofed query carried. memcached ids stay below
            // 0x8000: a first byte of 0x80 or 0x81 would read as binary-protocol magic.
            int id = ev.seq[row] & (vector == AttackVector.MEMCACHED_AMPLIFICATION ? 0x7FFF : 0xFFFF);
            FrameBuilder.putShort(spec.payload, 0, id);
        }
        if (length >= 2) {
            spec.payloadSum = templateTailSum[template] + (((spec.payload[0] & 0xFF) << 8) | (spec.payload[1] & 0xFF));
        }
    }
}

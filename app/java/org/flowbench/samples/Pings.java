package org.flowbench.samples;

/**
 * An outside monitoring service pings our servers every 10 s over IPv4 and IPv6; each echo
 * request gets its reply. Payloads as Linux ping sends them: a timeval, then 0x10, 0x11, ...
 */
final class Pings implements TrafficSource {
    private static final long INTERVAL_MICROS = 10_000_000L;
    private static final int REPLY = 1, V6 = 2;
    private static final int V6_MONITOR = 0x0B0B_0001;

    private final int sourceId;
    private final SeededRandom random;
    private final int[] targets;
    private final long[] phase;

    Pings(int sourceId, SeededRandom random, int[] targets) {
        this.sourceId = sourceId;
        this.random = random;
        this.targets = targets;
        this.phase = new long[targets.length + 1];
        for (int i = 0; i < phase.length; i++) phase[i] = (long) (random.nextDouble() * INTERVAL_MICROS);
    }

    @Override
    public void schedule(long from, long to, EventBuffer ev) {
        for (int i = 0; i < phase.length; i++) {
            long k = Math.max(0, Math.floorDiv(from - phase[i] + INTERVAL_MICROS - 1, INTERVAL_MICROS));
            for (long t = phase[i] + k * INTERVAL_MICROS; t < to; t += INTERVAL_MICROS, k++) {
                if (t < from) continue;
                boolean v6 = i == targets.length;
                int monitor = v6 ? V6_MONITOR : NetworkPlan.MONITORING[i % NetworkPlan.MONITORING.length];
                int target = v6 ? NetworkPlan.V6_WEB : targets[i];
                int flags = v6 ? V6 : 0;
                int id = 0x4000 + i;
                ev.add(t, sourceId, flags, monitor, target, id, 0, (int) k, 0, 0);
                ev.add(t + Traffic.NEAR_MICROS / 2, sourceId, flags | REPLY, monitor, target, id, 0, (int) k, 0, 0);
            }
        }
    }

    @Override
    public void render(EventBuffer ev, int row, PacketSpec spec) {
        int kind = ev.kind[row];
        boolean reply = (kind & REPLY) != 0;
        int sender = reply ? ev.dst[row] : ev.src[row];
        int receiver = reply ? ev.src[row] : ev.dst[row];
        if ((kind & V6) != 0) {
            NetworkPlan.v6(spec, sender, receiver);
            spec.proto = PacketSpec.ICMPV6;
            spec.icmpType = reply ? 129 : 128;
            spec.ttl = reply ? 64 : 57;
        } else {
            NetworkPlan.v4(spec, sender, receiver);
            spec.proto = PacketSpec.ICMP;
            spec.icmpType = reply ? 0 : 8;
            spec.ttl = Traffic.ttl(NetworkPlan.isOursV4(sender), sender);
            spec.dontFragment = true;
            spec.ipId = random.nextInt(65_536);
        }
        spec.icmpId = ev.srcPort[row];
        spec.icmpSeq = ev.seq[row] & 0xFFFF;
        long sent = spec.timeMicros - (reply ? Traffic.NEAR_MICROS / 2 : 0);
        FrameBuilder.putLong(spec.payload, 0, Long.reverseBytes(sent / 1_000_000L));
        FrameBuilder.putLong(spec.payload, 8, Long.reverseBytes(sent % 1_000_000L));
        for (int i = 16; i < 56; i++) spec.payload[i] = (byte) i;
        spec.payloadLength = 56;
    }
}

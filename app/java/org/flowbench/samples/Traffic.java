package org.flowbench.samples;

/** Small shared rules of how hosts behave on the wire, used by every traffic source. */
final class Traffic {
    /** Time our own hosts take to answer, as seen on the upstream link. */
    static final long NEAR_MICROS = 180;
    private static final int[] INITIAL_TTL = {64, 128, 255};

    private Traffic() {}

    /** A count for a slice with {@code expected} events on average, rounded at random. */
    static int count(double expected, SeededRandom random) {
        int whole = (int) expected;
        return whole + (random.nextDouble() < expected - whole ? 1 : 0);
    }

    /** A time in [from, to). */
    static long timeIn(long from, long to, SeededRandom random) {
        return from + (long) (random.nextDouble() * (to - from));
    }

    static int ephemeralPort(SeededRandom random) {
        return random.between(32_768, 60_999);
    }

    /** A remote host's TTL as it arrives: its OS's initial TTL minus a hop count, fixed per host. */
    static int remoteTtl(int address) {
        int h = address * 0x9E3779B1;
        return INITIAL_TTL[Math.floorMod(h >>> 8, 3)] - 6 - Math.floorMod(h >>> 16, 18);
    }

    /** Sender's TTL: ours leave with 64 (we capture before the first hop), others arrive worn down. */
    static int ttl(boolean senderIsOurs, int sender) {
        return senderIsOurs ? 64 : remoteTtl(sender);
    }
}

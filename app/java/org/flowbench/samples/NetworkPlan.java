package org.flowbench.samples;

/**
 * Who is who in the samples. Our networks use the documentation ranges (RFC 5737, RFC 3849);
 * everyone else lives in public-looking ranges. The capture point is the link between our edge
 * router and its upstream, so it sees only traffic between our networks and the outside.
 */
public final class NetworkPlan {
    public static final int HOSTING_NET = Addresses.v4("192.0.2.0");
    public static final int OFFICE_NET = Addresses.v4("198.51.100.0");
    public static final int SERVER_NET = Addresses.v4("203.0.113.0");
    /** The office network arrives tagged on the trunk, so some frames carry an 802.1Q header. */
    public static final int OFFICE_VLAN = 120;

    public static final int WEB_1 = Addresses.v4("203.0.113.10");
    public static final int WEB_2 = Addresses.v4("203.0.113.11");
    public static final int NTP_CLIENT = Addresses.v4("203.0.113.5");
    public static final int SSH_BASTION = Addresses.v4("203.0.113.22");
    public static final int BACKUP_SOURCE = Addresses.v4("203.0.113.30");
    public static final int AUTH_DNS = Addresses.v4("203.0.113.53");
    public static final int NTP_SERVER = Addresses.v4("203.0.113.123");
    public static final int OFFICE_RESOLVER = Addresses.v4("198.51.100.53");
    public static final int[] OFFICE_NAT = {Addresses.v4("198.51.100.20"), Addresses.v4("198.51.100.77")};
    public static final int BACKUP_TARGET = Addresses.v4("145.14.20.7");

    /** Client and attacker space: /16s given by their first two octets. */
    public static final int[] CLIENT_NETS = slash16s("45.76", "62.210", "77.88", "81.2", "89.160", "94.23",
            "101.33", "109.70", "121.200", "151.80", "176.9", "178.62", "185.40", "188.114", "193.106",
            "212.58", "213.87");
    public static final int[] PUBLIC_NTP_SERVERS = {Addresses.v4("94.23.61.123"), Addresses.v4("178.62.18.9"),
            Addresses.v4("212.58.244.3"), Addresses.v4("81.2.117.228")};
    public static final int[] MONITORING = {Addresses.v4("185.40.4.20"), Addresses.v4("185.40.4.21")};
    public static final int[] ADMINS = {Addresses.v4("77.88.190.14"), Addresses.v4("89.160.20.112")};

    /** IPv6 hosts are ints in the event columns: negative ids are ours, others are outside. */
    public static final int V6_WEB = -1;
    public static final int V6_WEB_2 = -2;
    private static final long OUR_V6_HI = 0x20010DB8_0100_0000L;

    private NetworkPlan() {}

    public static boolean isOursV4(int a) {
        int net = a & 0xFFFFFF00;
        return net == HOSTING_NET || net == OFFICE_NET || net == SERVER_NET;
    }

    public static long v6Hi(int id) {
        if (id < 0) return OUR_V6_HI;
        // 2001:db8:XXXX:YYYY::/64 with XXXX in 4000-7fff: the outside world of the samples.
        return 0x20010DB8_0000_0000L | ((0x4000L + ((id >>> 16) & 0x3FFF)) << 16) | (id & 0xFFFF);
    }

    public static long v6Lo(int id) {
        if (id < 0) return 0x10 - 1 - id;
        long z = id * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 29)) * 0xBF58476D1CE4E5B9L;
        return z ^ (z >>> 32);
    }

    public static String formatV6(int id) {
        return Addresses.formatV6(v6Hi(id), v6Lo(id));
    }

    /** Sets the IPv4 addresses, the direction and the VLAN tag from the address plan. */
    public static void v4(PacketSpec spec, int src, int dst) {
        spec.v4(src, dst);
        spec.inbound = isOursV4(dst);
        spec.vlan = (src & 0xFFFFFF00) == OFFICE_NET || (dst & 0xFFFFFF00) == OFFICE_NET ? OFFICE_VLAN : 0;
    }

    public static void v6(PacketSpec spec, int src, int dst) {
        spec.v6(v6Hi(src), v6Lo(src), v6Hi(dst), v6Lo(dst));
        spec.inbound = dst < 0;
        spec.vlan = 0;
    }

    private static int[] slash16s(String... prefixes) {
        int[] result = new int[prefixes.length];
        for (int i = 0; i < prefixes.length; i++) result[i] = Addresses.v4(prefixes[i] + ".0.0");
        return result;
    }
}

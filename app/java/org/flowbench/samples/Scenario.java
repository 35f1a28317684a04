package org.flowbench.samples;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A training-lab capture: when, how long, which background, which incidents. */
public record Scenario(String name, String title, Instant start, int seconds, long seed, Background background,
                       List<AttackPlan> attacks, List<BackupPlan> backups, String lesson) {

    /** Benign traffic rates, per second. */
    public record Background(double webSessions, double dnsLookups, double ntpQueries, double sshKeystrokes,
                             double v6Share, double outboundShare) {
        public static final Background TYPICAL = new Background(0.45, 2.0, 0.4, 0.8, 0.15, 0.2);
    }

    /**
     * One attack incident. {@code victimText} is the address or prefix written to the label;
     * {@code floodPayload} sets the UDP payload size of plain floods (0: 512 bytes over IPv4,
     * 1024 over IPv6).
     */
    public record AttackPlan(String name, AttackVector vector, int victim, String victimText, int victimPort,
                             Envelope envelope, int poolSize, int floodPayload) {
        public AttackPlan(String name, AttackVector vector, int victim, String victimText, int victimPort,
                          Envelope envelope, int poolSize) {
            this(name, vector, victim, victimText, victimPort, envelope, poolSize, 0);
        }
    }

    /** A benign bulk transfer over SSH, labelled as a benign incident. */
    public record BackupPlan(String name, int startSecond, int seconds, double segmentsPerSecond) { }

    private static Instant at(String iso) {
        return Instant.parse(iso);
    }

    /** The scenarios committed under {@code pcap-samples/}, in the order the README lists them. */
    public static List<Scenario> all() {
        Background bg = Background.TYPICAL;
        return List.of(
                new Scenario("ntp-amplification", "NTP amplification against a web server",
                        at("2026-02-03T14:00:00Z"), 420, 20260203L, bg,
                        List.of(new AttackPlan("ntp-monlist-reflection", AttackVector.NTP_AMPLIFICATION,
                                NetworkPlan.WEB_1, "203.0.113.10", 0, Envelope.seconds(140, 35, 60, 45, 45), 700)),
                        List.of(),
                        "Hundreds of NTP servers answer monlist requests the victim never sent. Every packet comes "
                                + "from UDP port 123 and carries 468 bytes of payload (496-byte IP packets)."),
                new Scenario("dns-amplification", "DNS amplification, IP-fragmented responses",
                        at("2026-03-11T09:30:00Z"), 420, 20260311L, bg,
                        List.of(new AttackPlan("dns-any-reflection", AttackVector.DNS_AMPLIFICATION,
                                OfficeVictims.DNS, "198.51.100.20", 0, Envelope.seconds(120, 30, 60, 40, 8), 900)),
                        List.of(),
                        "Open resolvers send large ANY responses from port 53 to an office NAT address. Most do "
                                + "not fit one 1500-byte frame: the first fragment carries the UDP header, the "
                                + "others carry no ports at all, so a port-based filter misses them."),
                new Scenario("syn-flood", "TCP SYN flood on HTTPS",
                        at("2026-04-22T20:15:00Z"), 420, 20260422L, bg,
                        List.of(new AttackPlan("syn-flood-https", AttackVector.SYN_FLOOD, NetworkPlan.WEB_2,
                                "203.0.113.11", 443, Envelope.seconds(150, 25, 75, 35, 280), 0)),
                        List.of(),
                        "A flood of bare SYNs from random spoofed sources to port 443. Real clients' SYNs carry "
                                + "TCP options (52-byte packets); the flood's do not (40-byte packets)."),
                new Scenario("carpet-bombing", "UDP carpet bombing of a /24",
                        at("2026-05-06T03:40:00Z"), 420, 20260506L, bg,
                        List.of(new AttackPlan("udp-carpet-192.0.2.0-24", AttackVector.UDP_CARPET_BOMBING,
                                NetworkPlan.HOSTING_NET, "192.0.2.0/24", 0, Envelope.seconds(130, 30, 80, 40, 36), 400)),
                        List.of(),
                        "A botnet spreads a UDP flood over all 256 addresses of the hosting /24. No single host "
                                + "gets much; only the prefix as a whole stands out. Per-host thresholds stay silent."),
                new Scenario("memcached-amplification", "memcached amplification",
                        at("2026-06-17T11:05:00Z"), 420, 20260617L, bg,
                        List.of(new AttackPlan("memcached-reflection", AttackVector.MEMCACHED_AMPLIFICATION,
                                OfficeVictims.MEMCACHED, "198.51.100.77", 0, Envelope.seconds(110, 40, 60, 50, 8), 300)),
                        List.of(),
                        "Exposed memcached servers answer with large VALUE replies from port 11211. Half fit one "
                                + "frame (1428-byte packets); the rest arrive as two or three IP fragments."),
                new Scenario("ipv6-udp-flood", "IPv6 UDP flood",
                        at("2026-07-01T16:20:00Z"), 420, 20260701L, bg,
                        List.of(new AttackPlan("ipv6-udp-flood", AttackVector.IPV6_UDP_FLOOD, NetworkPlan.V6_WEB,
                                NetworkPlan.formatV6(NetworkPlan.V6_WEB), 0, Envelope.seconds(125, 30, 70, 40, 21), 500)),
                        List.of(),
                        "Hundreds of IPv6 hosts send 1024-byte UDP datagrams to random ports of our IPv6 web "
                                + "server, which normally sees only HTTPS and pings over IPv6."),
                new Scenario("quiet-day", "A quiet day: no attack",
                        at("2026-01-20T10:00:00Z"), 600, 20260120L, bg,
                        List.of(),
                        List.of(new BackupPlan("nightly-backup-over-ssh", 240, 100, 8)),
                        "Only benign traffic. The one burst is a backup pushed over SSH from 203.0.113.30: "
                                + "big packets, one flow, TCP with ACKs coming back. Detection must stay silent."));
    }

    public static Optional<Scenario> named(String name) {
        return all().stream().filter(s -> s.name.equals(name)).findFirst();
    }

    /** Office NAT addresses that are attacked in the samples. */
    static final class OfficeVictims {
        static final int DNS = NetworkPlan.OFFICE_NAT[0];
        static final int MEMCACHED = NetworkPlan.OFFICE_NAT[1];

        private OfficeVictims() {}
    }
}

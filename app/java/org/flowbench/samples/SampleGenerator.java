package org.flowbench.samples;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the training-lab captures and their labels. Everything derives from the seed: one
 * SplitMix64 stream is forked per traffic source in a fixed order, and no wall clock, hash
 * order or shared random is involved, so the same seed gives byte-identical files.
 */
public final class SampleGenerator {
    static final String BACKUP_FILTER = "proto = TCP AND ((src_addr = 203.0.113.30 AND dst_addr = 145.14.20.7 "
            + "AND dst_port = 22) OR (src_addr = 145.14.20.7 AND dst_addr = 203.0.113.30 AND src_port = 22))";
    static final int[] WEB_SERVERS = webServers();

    /** Writes {@code <name>.pcap} and {@code <name>.labels.json} for the scenario into {@code dir}. */
    public SampleResult writeScenario(Scenario scenario, long seed, Path dir) throws IOException {
        SeededRandom master = new SeededRandom(seed);
        List<TrafficSource> sources = new ArrayList<>();
        List<IncidentTally> tallies = new ArrayList<>();
        addBackground(sources, master, scenario.background(), 1.0);
        for (Scenario.AttackPlan attack : scenario.attacks()) addAttack(sources, tallies, master, attack);
        for (Scenario.BackupPlan backup : scenario.backups()) {
            tallies.add(new IncidentTally(backup.name(), IncidentLabel.BENIGN, Addresses.formatV4(NetworkPlan.BACKUP_SOURCE),
                    BACKUP_FILTER, "Backup pushed over SSH (TCP 22) to an outside site, ACKs coming back"));
            sources.add(new BulkTransfer(sources.size(), tallies.size() - 1, master.fork(), backup.startSecond(),
                    backup.seconds(), backup.segmentsPerSecond()));
        }
        return write(scenario.name(), scenario.title(), seed, scenario.start(), scenario.seconds() * 1_000_000L, -1,
                sources, tallies, dir, scenario.lesson());
    }

    /**
     * Writes {@code benchmark-<packets>.pcap} (and labels): exactly {@code packets} frames of
     * background and six overlapping attacks over about ten minutes, with large reflector and bot
     * pools and spoofed sources, so aggregation by second and header fields keeps many rows.
     */
    public SampleResult writeBenchmark(long packets, long seed, Path dir) throws IOException {
        if (packets < 1) throw new IllegalArgumentException("packets must be positive: " + packets);
        SeededRandom master = new SeededRandom(seed);
        double perSecond = packets * 1.03 / 600;
        List<TrafficSource> sources = new ArrayList<>();
        List<IncidentTally> tallies = new ArrayList<>();
        // Shares of the frames: background 25% (a web session averages about 14 frames), then
        // small-packet floods, as on a link where pps rather than bandwidth is the problem.
        addBackground(sources, master, Scenario.Background.TYPICAL, perSecond * 0.18 / 14 / 0.45);
        addAttack(sources, tallies, master, benchmarkAttack("syn-flood-https", AttackVector.SYN_FLOOD, NetworkPlan.WEB_2,
                "203.0.113.11", 443, 30, 20, 200, 30, perSecond * 0.40 * 600 / 225, 0, 0));
        addAttack(sources, tallies, master, benchmarkAttack("udp-carpet-192.0.2.0-24", AttackVector.UDP_CARPET_BOMBING,
                NetworkPlan.HOSTING_NET, "192.0.2.0/24", 0, 120, 20, 150, 20, perSecond * 0.15 * 600 / 170, 20_000, 32));
        addAttack(sources, tallies, master, benchmarkAttack("ntp-monlist-reflection", AttackVector.NTP_AMPLIFICATION,
                NetworkPlan.WEB_1, "203.0.113.10", 0, 200, 20, 120, 20, perSecond * 0.07 * 600 / 140, 5_000, 0));
        addAttack(sources, tallies, master, benchmarkAttack("dns-any-reflection", AttackVector.DNS_AMPLIFICATION,
                Scenario.OfficeVictims.DNS, "198.51.100.20", 0, 300, 20, 120, 20, perSecond * 0.04 * 600 / 140 / 2.4,
                5_000, 0));
        addAttack(sources, tallies, master, benchmarkAttack("memcached-reflection", AttackVector.MEMCACHED_AMPLIFICATION,
                Scenario.OfficeVictims.MEMCACHED, "198.51.100.77", 0, 380, 20, 100, 20, perSecond * 0.03 * 600 / 120 / 1.7,
                3_000, 0));
        addAttack(sources, tallies, master, benchmarkAttack("ipv6-udp-flood", AttackVector.IPV6_UDP_FLOOD, NetworkPlan.V6_WEB,
                NetworkPlan.formatV6(NetworkPlan.V6_WEB), 0, 450, 20, 100, 20, perSecond * 0.06 * 600 / 120, 20_000, 64));
        return write("benchmark-" + packets, "Mixed benchmark capture", seed, Instant.parse("2026-09-01T00:00:00Z"),
                600_000_000L, packets, sources, tallies, dir, "Background and six overlapping attacks, for benchmarks.");
    }

    private static Scenario.AttackPlan benchmarkAttack(String name, AttackVector vector, int victim, String victimText,
                                                       int port, int start, int up, int plateau, int down, double peak,
                                                       int pool, int floodPayload) {
        return new Scenario.AttackPlan(name, vector, victim, victimText, port, Envelope.seconds(start, up, plateau, down, peak),
                pool, floodPayload);
    }

    private static void addBackground(List<TrafficSource> sources, SeededRandom master, Scenario.Background bg,
                                      double scale) {
        sources.add(new WebSessions(sources.size(), master.fork(), bg.webSessions() * scale, WEB_SERVERS, bg.v6Share(),
                bg.outboundShare()));
        sources.add(new DnsLookups(sources.size(), master.fork(), bg.dnsLookups() * scale));
        sources.add(new NtpSync(sources.size(), master.fork(), bg.ntpQueries() * scale));
        sources.add(new SshSessions(sources.size(), master.fork(), bg.sshKeystrokes() * Math.min(scale, 20)));
        sources.add(new Pings(sources.size(), master.fork(), new int[] {NetworkPlan.WEB_1, NetworkPlan.WEB_2,
                NetworkPlan.AUTH_DNS, NetworkPlan.SSH_BASTION, Addresses.v4("192.0.2.10"), Addresses.v4("192.0.2.11")}));
    }

    private static void addAttack(List<TrafficSource> sources, List<IncidentTally> tallies, SeededRandom master,
                                  Scenario.AttackPlan attack) {
        AttackVector vector = attack.vector();
        tallies.add(new IncidentTally(attack.name(), IncidentLabel.ATTACK, attack.victimText(),
                vector.filter(attack.victimText(), attack.victimPort()), vector.description()));
        sources.add(new AttackTraffic(sources.size(), tallies.size() - 1, master.fork(), vector, attack.envelope(),
                attack.victim(), attack.victimPort(), attack.poolSize(), attack.floodPayload()));
    }

    private static SampleResult write(String name, String title, long seed, Instant start, long durationMicros,
                                      long packetLimit, List<TrafficSource> sources, List<IncidentTally> tallies,
                                      Path dir, String lesson) throws IOException {
        Files.createDirectories(dir);
        Path pcap = dir.resolve(name + ".pcap");
        Path labels = dir.resolve(name + ".labels.json");
        long startMicros = start.getEpochSecond() * 1_000_000L;
        long packets;
        long fileBytes;
        try (PcapWriter out = PcapWriter.create(pcap)) {
            new CaptureRun(startMicros, sources, tallies).run(out, durationMicros, packetLimit);
            packets = out.packets();
            fileBytes = out.fileBytes();
        }
        List<SampleResult.Incident> incidents = new ArrayList<>();
        for (IncidentTally tally : tallies) {
            incidents.add(new SampleResult.Incident(tally.label(startMicros), tally.description,
                    tally.peakPacketsPerSecond(), tally.peakBytesPerSecond() * 8, tally.fragmentedDatagrams, tally.fragments));
        }
        writeLabels(labels, name, seed, incidents);
        Instant end = start.plusNanos(durationMicros * 1_000L);
        return new SampleResult(name, title, seed, start, end, pcap, labels, packets, fileBytes, List.copyOf(incidents), lesson);
    }

    /**
     * Labels through Jackson's streaming generator: jackson-core alone, because the databind
     * layer currently resolves against an older jackson-annotations on the runtime classpath.
     */
    private static void writeLabels(Path file, String name, long seed, List<SampleResult.Incident> incidents)
            throws IOException {
        // A fixed "\n" keeps the file identical on every OS.
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        StringWriter text = new StringWriter();
        try (JsonGenerator json = new JsonFactory().createGenerator(text)) {
            json.setPrettyPrinter(printer);
            json.writeStartObject();
            json.writeStringField("scenario", name);
            json.writeNumberField("seed", seed);
            json.writeArrayFieldStart("incidents");
            for (SampleResult.Incident incident : incidents) {
                IncidentLabel label = incident.label();
                json.writeStartObject();
                json.writeStringField("name", label.name());
                json.writeStringField("kind", label.kind());
                json.writeStringField("start", label.start().toString());
                json.writeStringField("end", label.end().toString());
                json.writeStringField("victim", label.victim());
                json.writeStringField("filter", label.filter());
                json.writeNumberField("packets", label.packets());
                json.writeNumberField("bytes", label.bytes());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        Files.writeString(file, text + "\n", StandardCharsets.UTF_8);
    }

    private static int[] webServers() {
        int[] servers = new int[2 + 31];
        servers[0] = NetworkPlan.WEB_1;
        servers[1] = NetworkPlan.WEB_2;
        for (int i = 0; i < 31; i++) servers[2 + i] = NetworkPlan.HOSTING_NET | (10 + i);
        return servers;
    }
}

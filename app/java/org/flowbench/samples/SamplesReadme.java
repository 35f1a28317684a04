package org.flowbench.samples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Writes {@code pcap-samples/README.md} from the generated results, so every figure in it
 * (start, end, peak rate, fragments) is the one the files hold.
 */
public final class SamplesReadme {
    private SamplesReadme() {}

    public static Path write(Path dir, List<SampleResult> results) throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("# Training-lab captures\n\n")
                .append("Synthetic but realistic packet captures for the Flowbench training labs and for every test that\n")
                .append("needs traffic with known incidents (import, detection, Flowspec simulation). Each scenario is\n")
                .append("`<name>.pcap` (classic pcap, Ethernet, microsecond timestamps in UTC) plus\n")
                .append("`<name>.labels.json`, which lists its incidents.\n\n")
                .append("## How they are made\n\n")
                .append("`flowbench samples` (class `org.flowbench.samples.SampleGenerator`) writes them from a seed;\n")
                .append("the same seed gives byte-identical files on any machine. To regenerate all of them:\n\n")
                .append("```sh\n./flowbench samples --out pcap-samples\n```\n\n")
                .append("Each scenario has its own default seed (in its labels file and below). `--scenario NAME`\n")
                .append("writes only that scenario (and leaves this README alone), `--seed N` uses another seed, and\n")
                .append("`--packets N` writes one mixed benchmark capture of exactly N packets instead (not committed).\n")
                .append("The test `SamplesReproducibilityTest` regenerates every file here and compares SHA-256 hashes,\n")
                .append("so a change to the generator that alters them fails until these files are regenerated.\n\n")
                .append("## The network\n\n")
                .append("The capture point is the link between our edge router and its upstream (MACs\n")
                .append("00:00:5e:00:53:01 upstream, :02 ours), so only traffic between our networks and the outside is seen.\n\n")
                .append("| network | role |\n|---|---|\n")
                .append("| 203.0.113.0/24 | servers: web .10 and .11, SSH bastion .22, backup host .30, authoritative DNS .53, public NTP .123, NTP client .5 |\n")
                .append("| 198.51.100.0/24 | office, arrives tagged with VLAN 120: NAT addresses .20 and .77, resolver .53 |\n")
                .append("| 192.0.2.0/24 | hosting: web servers .10 to .40 (TCP and ICMP only) |\n")
                .append("| 2001:db8:100::/48 | IPv6 web servers ::10 and ::11 |\n")
                .append("| other addresses | clients, resolvers, reflectors and bots (public-looking ranges; IPv6 in 2001:db8:4000::/34) |\n\n")
                .append("Background in every scenario: HTTPS (TLS records) and HTTP sessions with full handshakes and\n")
                .append("FIN exchanges (IPv4 and IPv6, inbound to our servers and outbound from the office), DNS\n")
                .append("queries and answers, NTP polls, interactive SSH to the bastion, and pings from an outside\n")
                .append("monitoring service every 10 s. Attack rates are scaled down to keep the files small, but\n")
                .append("stand far above the background towards their victims; they ramp up and down well inside\n")
                .append("the capture.\n\n")
                .append("## Labels\n\n")
                .append("`{\"scenario\", \"seed\", \"incidents\": [{\"name\", \"kind\", \"start\", \"end\", \"victim\", \"filter\",\n")
                .append("\"packets\", \"bytes\"}]}`. `kind` is `attack`, `benign` or `maintenance`. `start` and `end` are\n")
                .append("whole UTC seconds and half-open: every packet of the incident lies in [start, end). `filter` is in\n")
                .append("the Flowbench filter language and matches exactly the incident's packets in the file (nothing\n")
                .append("of the background); `packets` and `bytes` are exact counts of those packets, bytes being\n")
                .append("layer-3 bytes (the IP total length, as the `flows` table counts them). Non-first fragments\n")
                .append("carry no transport header, so their ports are 0: that is why the fragmenting vectors'\n")
                .append("filters say `src_port IN (53, 0)`.\n\n")
                .append("## Scenarios\n\n")
                .append("| file | start (UTC) | length | packets | background packets/s | size | seed |\n")
                .append("|---|---|---|---|---|---|---|\n");
        for (SampleResult r : results) {
            long seconds = Duration.between(r.start(), r.end()).getSeconds();
            long incidentPackets = r.incidents().stream().mapToLong(i -> i.label().packets()).sum();
            md.append(String.format(Locale.ROOT, "| %s.pcap | %s | %s | %,d | %.1f | %.1f MB | %d |%n", r.name(), r.start(),
                    minutes(Duration.ofSeconds(seconds)), r.packets(), (r.packets() - incidentPackets) / (double) seconds,
                    r.fileBytes() / 1e6, r.seed()));
        }
        for (SampleResult r : results) {
            md.append("\n### ").append(r.name()).append(": ").append(r.title()).append("\n\n");
            md.append(r.lesson()).append("\n\n");
            if (r.incidents().isEmpty()) md.append("No incidents: anything detection reports here is a false alert.\n");
            for (SampleResult.Incident incident : r.incidents()) incident(md, r.start(), incident);
        }
        Path file = dir.resolve("README.md");
        Files.writeString(file, md.toString(), StandardCharsets.UTF_8);
        return file;
    }

    private static void incident(StringBuilder md, Instant captureStart, SampleResult.Incident incident) {
        IncidentLabel l = incident.label();
        md.append("What a trainee should find (").append(l.kind()).append(" `").append(l.name()).append("`):\n\n");
        md.append("- victim: `").append(l.victim()).append("`\n");
        md.append("- vector: ").append(incident.description()).append('\n');
        md.append(String.format(Locale.ROOT, "- time: %s to %s (from %s into the capture, lasting %s)%n", l.start(), l.end(),
                minutes(Duration.between(captureStart, l.start())), minutes(Duration.between(l.start(), l.end()))));
        md.append(String.format(Locale.ROOT, "- peak: %,d packets/s, %.2f Mbit/s (layer 3); total %,d packets, %,d bytes%n",
                incident.peakPacketsPerSecond(), incident.peakBitsPerSecond() / 1e6, l.packets(), l.bytes()));
        if (incident.fragmentedDatagrams() > 0) {
            md.append(String.format(Locale.ROOT, "- fragments: %,d datagrams arrived as %,d IP fragments (first fragment "
                            + "with the UDP header, later ones without ports, MF set on all but the last)%n",
                    incident.fragmentedDatagrams(), incident.fragments()));
        }
        md.append("- filter: `").append(l.filter()).append("`\n\n");
    }

    private static String minutes(Duration d) {
        long s = d.getSeconds();
        return s >= 60 ? String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60) : s + " s";
    }
}

package org.flowbench.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks the committed captures with an independent walker: label counts equal what the
 * label's filter matches, checksums verify, fragments are consistent, attacks ramp inside the
 * capture, and nothing of the background matches an incident's filter.
 */
class SampleContentTest {
    static Stream<String> scenarios() {
        return Scenario.all().stream().map(Scenario::name);
    }

    private static List<PcapWalker.Packet> walk(String name) throws Exception {
        SampleFiles.assumeCommitted();
        return PcapWalker.read(SampleFiles.DIR.resolve(name + ".pcap"));
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void labelCountsEqualWhatTheFiltersMatch(String name) throws Exception {
        List<PcapWalker.Packet> packets = walk(name);
        SampleFiles.Labels labels = SampleFiles.labels(SampleFiles.DIR.resolve(name + ".labels.json"));
        Scenario scenario = Scenario.named(name).orElseThrow();
        assertThat(labels.scenario()).isEqualTo(name);
        assertThat(labels.incidents()).hasSize(scenario.attacks().size() + scenario.backups().size());
        Instant captureStart = scenario.start();
        Instant captureEnd = captureStart.plusSeconds(scenario.seconds());
        for (IncidentLabel label : labels.incidents()) {
            Predicate<PcapWalker.Packet> filter = LabelFilter.parse(label.filter());
            List<PcapWalker.Packet> matched = packets.stream().filter(filter).toList();
            assertThat(matched).as("%s: packets matching %s", label.name(), label.filter()).hasSize((int) label.packets());
            assertThat(matched.stream().mapToLong(PcapWalker.Packet::pktLen).sum()).as("%s: layer-3 bytes", label.name())
                    .isEqualTo(label.bytes());
            assertThat(label.packets()).isPositive();
            long startMicros = label.start().getEpochSecond() * 1_000_000L;
            long endMicros = label.end().getEpochSecond() * 1_000_000L;
            assertThat(matched).allSatisfy(p -> assertThat(p.micros()).isBetween(startMicros, endMicros - 1));
            assertThat(matched.get(0).micros()).isLessThan(startMicros + 1_000_000L);
            assertThat(matched.get(matched.size() - 1).micros()).isGreaterThanOrEqualTo(endMicros - 1_000_000L);
            // Ramps happen well inside the capture, never at its edges.
            assertThat(label.start()).isAfter(captureStart.plusSeconds(60));
            assertThat(label.end()).isBefore(captureEnd.minusSeconds(60));
        }
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void attacksStandFarAboveTheBackgroundTowardsTheirVictim(String name) throws Exception {
        List<PcapWalker.Packet> packets = walk(name);
        SampleFiles.Labels labels = SampleFiles.labels(SampleFiles.DIR.resolve(name + ".labels.json"));
        for (IncidentLabel label : labels.incidents()) {
            if (!label.kind().equals(IncidentLabel.ATTACK)) continue;
            Predicate<PcapWalker.Packet> filter = LabelFilter.parse(label.filter());
            long seconds = label.end().getEpochSecond() - label.start().getEpochSecond();
            List<PcapWalker.Packet> background = packets.stream().filter(filter.negate()).toList();
            double span = walkSeconds(packets);
            double ppsRatio = (label.packets() / (double) seconds) / (background.size() / span);
            double bpsRatio = (label.bytes() / (double) seconds)
                    / (background.stream().mapToLong(PcapWalker.Packet::pktLen).sum() / span);
            assertThat(Math.max(ppsRatio, bpsRatio)).as("%s mean rate over the whole background's, in pps or bps",
                    label.name()).isGreaterThan(2.0);
        }
    }

    private static long walkSeconds(List<PcapWalker.Packet> packets) {
        return Math.max(1, (packets.get(packets.size() - 1).micros() - packets.get(0).micros()) / 1_000_000L);
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void timestampsRunForwardInsideTheCapture(String name) throws Exception {
        List<PcapWalker.Packet> packets = walk(name);
        Scenario scenario = Scenario.named(name).orElseThrow();
        long start = scenario.start().getEpochSecond() * 1_000_000L;
        long end = start + scenario.seconds() * 1_000_000L;
        long previous = start;
        for (PcapWalker.Packet p : packets) {
            assertThat(p.micros()).isGreaterThanOrEqualTo(previous).isLessThan(end);
            previous = p.micros();
            assertThat(p.frameLength()).isGreaterThanOrEqualTo(60);
        }
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void checksumsVerifyAndFragmentsAreConsistent(String name) throws Exception {
        List<PcapWalker.Packet> packets = walk(name);
        Map<String, List<PcapWalker.Packet>> trains = new LinkedHashMap<>();
        for (PcapWalker.Packet p : packets) {
            if (p.ipVersion() == 4) assertThat(p.ipChecksumOk()).as("IPv4 header checksum at %d", p.micros()).isTrue();
            if (p.isFragment()) {
                assertThat(p.dontFragment()).isFalse();
                trains.computeIfAbsent(p.src().getHostAddress() + ">" + p.dst().getHostAddress() + "/" + p.proto() + "#"
                        + p.ipId(), k -> new ArrayList<>()).add(p);
                if (p.fragmentOffset() > 0) assertThat(p.srcPort()).isZero();
            } else if (p.proto() != 1) {
                assertThat(PcapWalker.transportChecksumOk(p.ipVersion(), p.src(), p.dst(), p.proto(), p.ipPayload()))
                        .as("%s transport checksum of packet at %d", name, p.micros()).isTrue();
            } else {
                assertThat(PcapWalker.transportChecksumOk(4, p.src(), p.dst(), 1, p.ipPayload())).isTrue();
            }
        }
        for (List<PcapWalker.Packet> train : trains.values()) {
            int expectedOffset = 0;
            java.io.ByteArrayOutputStream whole = new java.io.ByteArrayOutputStream();
            for (int i = 0; i < train.size(); i++) {
                PcapWalker.Packet f = train.get(i);
                assertThat(f.fragmentOffset()).as("fragments contiguous").isEqualTo(expectedOffset);
                assertThat(f.moreFragments()).as("MF on all but the last").isEqualTo(i < train.size() - 1);
                if (i < train.size() - 1) assertThat(f.ipPayload().length % 8).isZero();
                expectedOffset += f.ipPayload().length;
                whole.writeBytes(f.ipPayload());
            }
            assertThat(train.size()).isGreaterThan(1);
            byte[] datagram = whole.toByteArray();
            PcapWalker.Packet first = train.get(0);
            assertThat(PcapWalker.u16(datagram, 4)).as("UDP length covers every fragment").isEqualTo(datagram.length);
            assertThat(PcapWalker.transportChecksumOk(4, first.src(), first.dst(), first.proto(), datagram))
                    .as("UDP checksum over the reassembled datagram").isTrue();
        }
        if (name.equals("dns-amplification") || name.equals("memcached-amplification")) {
            assertThat(trains).as("the scenario teaches fragments").hasSizeGreaterThan(100);
        } else {
            assertThat(trains).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void officeTrafficIsVlanTaggedAndNothingElse(String name) throws Exception {
        for (PcapWalker.Packet p : walk(name)) {
            boolean office = p.src().getHostAddress().startsWith("198.51.100.") || p.dst().getHostAddress().startsWith("198.51.100.");
            assertThat(p.vlan()).isEqualTo(office ? NetworkPlan.OFFICE_VLAN : 0);
        }
    }

    static Path pcap(String name) {
        return SampleFiles.DIR.resolve(name + ".pcap");
    }
}

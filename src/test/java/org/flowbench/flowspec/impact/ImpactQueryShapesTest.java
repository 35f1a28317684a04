package org.flowbench.flowspec.impact;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.flowbench.filter.SqlFragment;
import org.flowbench.flowspec.Action;
import org.flowbench.flowspec.AddressFamily;
import org.flowbench.flowspec.BitmaskComponent;
import org.flowbench.flowspec.BitmaskTerm;
import org.flowbench.flowspec.Component;
import org.flowbench.flowspec.ComponentType;
import org.flowbench.flowspec.FlowspecRule;
import org.flowbench.flowspec.IpPrefix;
import org.flowbench.flowspec.NumericComponent;
import org.flowbench.flowspec.PrefixComponent;
import org.flowbench.flowspec.RuleSet;
import org.flowbench.flowspec.TrafficAction;
import org.flowbench.flowspec.TrafficRateBytes;
import org.flowbench.flowspec.TrafficRatePackets;
import org.flowbench.ingest.ImportJob;
import org.flowbench.samples.IncidentLabel;
import org.flowbench.samples.LabelFile;
import org.flowbench.store.Incident;
import org.flowbench.store.IncidentKind;
import org.flowbench.store.Rollups;
import org.flowbench.store.Workspace;
import org.flowbench.task.Cancellation;
import org.flowbench.task.Progress;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The faster statement shapes (all-traffic totals from the rollups, 0280; first-match
 * application without lists, 0281) give the same result rows as the general statement over the
 * raw rows, on committed scenarios, for generated rules and for random rule sets (terminal bits,
 * rules that are not boxable, several boxes per destination), under every kind of request.
 */
class ImpactQueryShapesTest {
    static final Path SAMPLES = Path.of("pcap-samples");

    @TempDir Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ntp-amplification", "carpet-bombing", "ipv6-udp-flood"})
    void fastShapesEqualTheGeneralStatement(String scenario) throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(SAMPLES), "pcap-samples/ is not in the working directory");
        List<IncidentLabel> labels = LabelFile.read(SAMPLES.resolve(scenario + ".labels.json"));
        IncidentLabel attack = labels.stream().filter(l -> l.kind().equals("attack")).findFirst().orElseThrow();
        IpPrefix victim = IpPrefix.parse(attack.victim());
        try (Workspace ws = Workspace.open(dir.resolve("ws.duckdb"))) {
            long id = new ImportJob(ws).importFile(SAMPLES.resolve(scenario + ".pcap"), Progress.NONE, Cancellation.none()).datasetId();
            assertThat(Rollups.perSecondDestinationPresent(ws.connection(), List.of(id))).isTrue();
            for (IncidentLabel l : labels) {
                ws.incidents().add(new Incident(0, id, l.name(), IncidentKind.fromSql(l.kind()), l.start(), l.end(),
                        l.victim(), l.filter(), null));
            }
            List<ImpactRequest> requests = requests(ws, id, victim, attack);
            List<List<SimulatedRule>> sets = new ArrayList<>();
            GeneratedRules generated = new RuleGenerator(ws).generate(
                    GenerationRequest.of(id, victim, new TimeWindow(attack.start(), attack.end())));
            for (RuleProposal p : generated.proposals()) sets.add(ImpactSimulator.simulated(p.rules()));
            Random random = new Random(scenario.hashCode());
            for (int i = 0; i < 8; i++) sets.add(ImpactSimulator.simulated(randomSet(random, victim, i)));

            int fast = 0;
            for (ImpactRequest request : requests) {
                AllTraffic all = AllTraffic.choose(request, true);
                if (all != AllTraffic.FLOWS) fast++;
                for (List<SimulatedRule> rules : sets) {
                    String what = scenario + " " + all + " " + request + " " + rules.stream().map(SimulatedRule::label).toList();
                    Map<String, double[]> general = rows(ws, ImpactQuery.build(request, rules, AllTraffic.FLOWS, true));
                    Map<String, double[]> shaped = rows(ws, ImpactQuery.build(request, rules, all));
                    assertThat(shaped.keySet()).as(what).isEqualTo(general.keySet());
                    general.forEach((k, v) -> {
                        double[] w = shaped.get(k);
                        for (int i = 0; i < v.length; i++) {
                            assertThat(w[i]).as(what + " " + k + " value " + i).isCloseTo(v[i], org.assertj.core.data.Offset.offset(
                                    1e-9 * Math.max(1, Math.abs(v[i]))));
                        }
                    });
                }
            }
            assertThat(fast).as("requests that read the rollups").isGreaterThanOrEqualTo(3);
        }
    }

    private static List<ImpactRequest> requests(Workspace ws, long id, IpPrefix victim, IncidentLabel attack) throws Exception {
        TrafficSplit incidents = TrafficSplit.fromIncidents(ws.incidents().forDataset(id));
        Instant from = attack.start(), to = attack.end();
        return List.of(
                ImpactRequest.of(id, TimeWindow.ALL, TrafficSplit.none()),                                   // per second and protocol
                ImpactRequest.of(id, TimeWindow.ALL, TrafficSplit.legitimate(SqlFragment.of("proto = ?", 6))),
                ImpactRequest.of(id, TimeWindow.ALL, TrafficSplit.none()).withVictim(victim).withPerRuleSeries(),  // per destination
                ImpactRequest.of(id, new TimeWindow(from, to), TrafficSplit.attack(SqlFragment.of("proto = ?", 17)))
                        .withVictim(victim),
                ImpactRequest.of(id, TimeWindow.ALL, incidents).withVictim(victim),                           // reads ts: raw rows
                ImpactRequest.of(id, new TimeWindow(from.plusMillis(500), to), TrafficSplit.none()),         // not whole seconds
                ImpactRequest.of(id, TimeWindow.ALL, TrafficSplit.legitimate(SqlFragment.of("src_port = ?", 443))));
    }

    /** Up to six rules around the victim: exact hosts (boxes), its /24 or no destination (tested per row), mixed actions. */
    static RuleSet randomSet(Random random, IpPrefix victim, int seed) {
        boolean v6 = victim.family() == AddressFamily.IPV6;
        String host = victim.address();
        String wide = v6 ? host + "/64" : host.substring(0, host.lastIndexOf('.')) + ".0/24";
        String near = v6 ? host.substring(0, host.lastIndexOf(':')) + ":99" : host.substring(0, host.lastIndexOf('.')) + ".99";
        List<FlowspecRule> rules = new ArrayList<>();
        int n = 1 + random.nextInt(6);
        for (int k = 0; k < n; k++) {
            List<Component> c = new ArrayList<>();
            int where = random.nextInt(10);
            if (where < 6) c.add(PrefixComponent.destination(host + (v6 ? "/128" : "/32")));
            else if (where < 7) c.add(PrefixComponent.destination(near + (v6 ? "/128" : "/32")));
            else if (where < 9) c.add(PrefixComponent.destination(wide));
            int proto = new int[] {6, 17, 17, 1, 0}[random.nextInt(5)];
            if (proto == 1) {
                c.add(NumericComponent.anyOf(ComponentType.IP_PROTOCOL, v6 ? 58 : 1));
            } else if (proto != 0) {
                c.add(NumericComponent.anyOf(ComponentType.IP_PROTOCOL, proto));
                int ports = random.nextInt(4);
                if (ports == 1) c.add(NumericComponent.anyOf(ComponentType.SOURCE_PORT, 53, 123, 11211));
                if (ports == 2) c.add(NumericComponent.range(ComponentType.DESTINATION_PORT, 1, 1 + random.nextInt(60000)));
                if (ports == 3) c.add(NumericComponent.anyOf(ComponentType.PORT, 53, 80, 443));
                if (proto == 6 && random.nextBoolean()) {
                    c.add(BitmaskComponent.of(ComponentType.TCP_FLAGS, BitmaskTerm.all(0x02), BitmaskTerm.any(0x10).negated().withAnd(true)));
                }
            }
            if (random.nextInt(3) == 0) c.add(NumericComponent.range(ComponentType.PACKET_LENGTH, 40 + random.nextInt(400), 1500));
            if (c.isEmpty()) c.add(NumericComponent.range(ComponentType.PACKET_LENGTH, 0, 600));
            List<Action> actions = new ArrayList<>();
            int what = random.nextInt(4);
            actions.add(what < 2 ? TrafficRateBytes.discard() : what == 2 ? TrafficRateBytes.of(1000f + random.nextInt(100_000))
                    : TrafficRatePackets.of(1f + random.nextInt(200)));
            // odd seeds: some rules let evaluation go on (the general application); even seeds: every rule ends it
            if (seed % 2 == 1 && random.nextInt(3) == 0) actions.add(new TrafficAction(false, true));
            rules.add(FlowspecRule.of(v6 ? AddressFamily.IPV6 : AddressFamily.IPV4, c, actions).withName("s" + seed + "r" + k));
        }
        return new RuleSet(rules);
    }

    /** Result rows keyed by part, rule, second and class; the numbers as doubles (NULL = 0, as ImpactQuery reads them). */
    static Map<String, double[]> rows(Workspace ws, SqlBuilder q) throws Exception {
        Map<String, double[]> out = new TreeMap<>();
        try (PreparedStatement ps = ws.connection().prepareStatement(q.sql())) {
            for (int i = 0; i < q.params().size(); i++) ps.setObject(i + 1, q.params().get(i));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String key = rs.getString(1) + "|" + rs.getObject(2) + "|" + rs.getObject(3) + "|" + rs.getObject(4);
                    double[] v = new double[ImpactQuery.VALUES];
                    for (int i = 0; i < v.length; i++) {
                        Object o = rs.getObject(5 + i);
                        v[i] = o == null ? 0 : ((Number) o).doubleValue();
                    }
                    assertThat(out.put(key, v)).as("one row per key " + key).isNull();
                }
            }
        }
        return out;
    }
}

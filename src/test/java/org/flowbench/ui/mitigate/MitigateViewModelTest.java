package org.flowbench.ui.mitigate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import org.flowbench.store.DatasetInfo;
import org.flowbench.store.Workspace;
import java.util.List;
import java.util.Optional;
import org.flowbench.flowspec.impact.FocusSample;
import org.flowbench.flowspec.IpPrefix;
import org.flowbench.flowspec.RuleSet;
import org.flowbench.flowspec.impact.GeneratedRules;
import org.flowbench.flowspec.impact.ImpactComparison;
import org.flowbench.flowspec.impact.ImpactReport;
import org.flowbench.flowspec.impact.TimeWindow;
import org.flowbench.task.Cancellation;
import org.flowbench.task.DeferredTaskRunner;
import org.flowbench.task.SameThreadTaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Mitigate area's state without a screen, over a real workspace with the dns-amplification scenario. */
class MitigateViewModelTest {
    @TempDir Path dir;

    @Test
    void generateChooseSimulateAndExportStopTheAttack() throws Exception {
        try (Workspace ws = Workspace.open(dir.resolve("ws.duckdb"));
             StoreMitigationServices services = new StoreMitigationServices(ws)) {
            DatasetInfo dataset = ScenarioWorkspace.importScenario(ws, "dns-amplification");
            MitigateViewModel model = new MitigateViewModel(services, new SameThreadTaskRunner());
            model.datasetProperty().set(dataset);

            GenerateViewModel generate = model.generate();
            assertThat(generate.victimProperty().get()).isEqualTo("198.51.100.20");
            assertThat(generate.fromProperty().get()).isEqualTo("2026-03-11 09:32:01");
            assertThat(generate.statusProperty().get()).contains("incident dns-any-reflection");

            generate.generate();
            assertThat(generate.proposals()).hasSizeGreaterThan(1);
            ProposalRow recommended = generate.proposals().stream().filter(ProposalRow::recommended).findFirst().orElseThrow();
            assertThat(recommended.attackDropped()).isGreaterThanOrEqualTo(0.95);
            assertThat(recommended.legitDropped()).isLessThan(0.01);

            generate.choose(recommended);
            RulesViewModel rules = model.rules();
            assertThat(rules.textProperty().get()).contains("198.51.100.20");
            assertThat(rules.validProperty().get()).as("problems: %s", rules.problems()).isTrue();
            assertThat(rules.order()).hasSize(recommended.proposal().rules().size());

            SimulateViewModel simulate = model.simulate();
            simulate.simulate();
            assertThat(simulate.statusProperty().get()).startsWith("Simulated");
            assertThat(simulate.lastReport().attackPacketsDroppedShare()).isGreaterThan(0.95);
            assertThat(simulate.lastReport().legitPacketsDroppedShare()).isLessThan(0.01);
            assertThat(simulate.rules()).hasSize(recommended.proposal().rules().size());
            assertThat(simulate.totals()).extracting(ImpactRow::label)
                    .containsExactly("Flowspec set", "RTBH 198.51.100.20/32 (65535:666)");
            ImpactRow set = simulate.totals().get(0);
            ImpactRow rtbh = simulate.totals().get(1);
            assertThat(set.attackDropped()).isGreaterThanOrEqualTo(0.95 * 1824);
            assertThat(rtbh.legitDropped()).as("blackholing drops the victim's legitimate traffic too")
                    .isGreaterThan(set.legitDropped());
            assertThat(simulate.focus()).isNotEmpty();
            assertThat(simulate.focus()).anySatisfy(s -> assertThat(s.after().packets()).isLessThan(s.before().packets()));
            // the chart's series covers the dataset second by second: the victim's quiet seconds
            // (the scenario has some) are zeros, not a line drawn across the gap
            List<FocusSample> plotted = simulate.focus();
            assertThat(plotted.get(0).second()).isEqualTo(dataset.firstTs());
            assertThat(plotted.get(plotted.size() - 1).second()).isEqualTo(dataset.lastTs());
            assertThat(plotted).hasSize((int) (dataset.lastTs().getEpochSecond() - dataset.firstTs().getEpochSecond() + 1));
            assertThat(plotted).anySatisfy(s -> assertThat(s.before().packets()).isZero());
            assertThat(plotted.stream().mapToDouble(s -> s.before().packets()).sum())
                    .isCloseTo(simulate.lastReport().focus().stream().mapToDouble(s -> s.before().packets()).sum(), within(1e-6));
            assertThat(simulate.noteProperty().get()).doesNotStartWith("Estimate");

            ExportViewModel export = model.export();
            export.dialectProperty().set("junos");
            export.export();
            assertThat(export.textProperty().get()).contains("routing-options").contains("198.51.100.20");

            Path saved = dir.resolve("rules.junos");
            export.save(saved);
            assertThat(Files.readString(saved)).isEqualTo(export.textProperty().get());
        }
    }

    @Test
    void invalidRuleTextShowsProblemsAndIsNeitherSimulatedNorExported() {
        MitigateViewModel model = new MitigateViewModel(new UnusedServices(), new SameThreadTaskRunner());
        RulesViewModel rules = model.rules();
        rules.dialectProperty().set("exabgp");

        rules.textProperty().set("flow { route bad { match { destination 10.0.0.1/32; protocol udp; icmp-type 3; } then { discard; } } }");
        rules.validate();
        assertThat(rules.validProperty().get()).isFalse();
        assertThat(rules.problems()).isNotEmpty();
        assertThat(rules.problems().get(0).rule()).startsWith("1");

        rules.textProperty().set("flow { route x { match { destination 10.0.0.1/32 ");
        rules.validate();
        assertThat(rules.problems()).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo("-");
            assertThat(p.message()).startsWith("line 1");
        });

        model.export().export();
        assertThat(model.export().textProperty().get()).isEmpty();
        assertThat(model.export().statusProperty().get()).startsWith("Not exported");
        model.simulate().simulate();
        assertThat(model.simulate().statusProperty().get()).isEqualTo("Select a dataset first");
    }

    @Test
    void rulesAreShownInRfc8955OrderAndConvertedWhenTheDialectChanges() {
        RulesViewModel rules = new RulesViewModel();
        rules.textProperty().set("flow {\n route a { match { destination 10.0.0.0/8; } then { discard; } }\n"
                + " route b { match { destination 10.1.2.3/32; protocol udp; } then { discard; } }\n}");
        rules.validate();
        assertThat(rules.validProperty().get()).as("problems: %s", rules.problems()).isTrue();
        assertThat(rules.order()).hasSize(2);
        assertThat(rules.order().get(0)).as("the longer destination prefix is evaluated first").startsWith("1.").contains("10.1.2.3/32");

        rules.dialectProperty().set("bird");
        assertThat(rules.textProperty().get()).contains("flow4");
        assertThat(rules.validProperty().get()).isTrue();
    }

    @Test
    void afterTheFirstRunEachValidEditSimulatesAgainAndSupersedesTheRunUnderWay() throws Exception {
        try (Workspace ws = Workspace.open(dir.resolve("ws.duckdb"));
             StoreMitigationServices store = new StoreMitigationServices(ws)) {
            DatasetInfo dataset = ScenarioWorkspace.importScenario(ws, "dns-amplification");
            CountingServices services = new CountingServices(store);
            DeferredTaskRunner runner = new DeferredTaskRunner();
            MitigateViewModel model = new MitigateViewModel(services, runner);
            model.datasetProperty().set(dataset);
            runner.runAll();   // the suggested target
            RulesViewModel rules = model.rules();
            rules.dialectProperty().set("exabgp");
            String rule = "flow { route dns { match { destination 198.51.100.20/32; protocol udp; source-port =53; %s } "
                    + "then { discard; } } }";

            rules.textProperty().set(rule.formatted(""));
            rules.validate();
            assertThat(runner.pending()).as("no simulation before the user asked for one").isZero();

            SimulateViewModel simulate = model.simulate();
            simulate.simulate();
            runner.runAll();
            assertThat(services.runs).as("%s %s", simulate.statusProperty().get(), rules.problems()).isEqualTo(1);
            double all = simulate.lastReport().set().matched().total().packets();
            assertThat(all).isPositive();

            // two edits in a row: the first run is superseded before it starts and never reaches DuckDB
            rules.textProperty().set(rule.formatted("packet-length >=1000;"));
            rules.validate();
            rules.textProperty().set(rule.formatted("packet-length >=1400;"));
            rules.validate();
            assertThat(runner.pending()).isEqualTo(2);
            assertThat(simulate.runningProperty().get()).isTrue();
            runner.runAll();
            assertThat(services.runs).as("an edit keeps the RTBH of the same victim").isEqualTo(1);
            assertThat(services.edits).as("the superseded run was cancelled").isEqualTo(1);
            assertThat(services.cancelled).as("the superseded run never started").isZero();
            assertThat(simulate.runningProperty().get()).isFalse();
            assertThat(simulate.statusProperty().get()).startsWith("Simulated");
            double shown = simulate.lastReport().set().matched().total().packets();
            assertThat(shown).as("the last edit's impact").isEqualTo(matched(services, dataset, rules, rule.formatted("packet-length >=1400;")))
                    .isNotEqualTo(matched(services, dataset, rules, rule.formatted("packet-length >=1000;"))).isLessThan(all);

            // an edit that does not parse leaves the last result and runs nothing
            rules.textProperty().set("flow { route dns { match { destination ");
            rules.validate();
            assertThat(runner.pending()).isZero();
            assertThat(simulate.lastReport().set().matched().total().packets()).isEqualTo(shown);
            assertThat(simulate.totals()).extracting(ImpactRow::label).containsExactly("Flowspec set", "RTBH 198.51.100.20/32 (65535:666)");

            rules.textProperty().set(rule.formatted("packet-length >=1000;"));
            rules.validate();
            simulate.simulate();   // the button computes both again, superseding the edit's run
            runner.runAll();
            assertThat(services.runs).isEqualTo(2);
            assertThat(services.edits).isEqualTo(1);

            // with "Update as I edit" off, edits wait for the button
            simulate.followEditsProperty().set(false);
            rules.textProperty().set(rule.formatted("packet-length >=1200;"));
            rules.validate();
            assertThat(runner.pending()).isZero();
            simulate.simulate();
            runner.runAll();
            assertThat(services.runs).isEqualTo(3);
            assertThat(services.edits).isEqualTo(1);
        }
    }

    private static double matched(CountingServices services, DatasetInfo dataset, RulesViewModel rules, String text) throws Exception {
        RuleSet set = org.flowbench.flowspec.dialect.Dialects.named(rules.dialectProperty().get()).orElseThrow().read(text);
        return services.real.compare(dataset.id(), set, IpPrefix.parse("198.51.100.20/32"), "").flowspec().set().matched().total().packets();
    }

    /** The real services, counting the cancellable runs (set and RTBH; set alone) and the ones that met a cancellation. */
    private static final class CountingServices implements MitigationServices {
        final MitigationServices real;
        int runs, edits, cancelled;

        CountingServices(MitigationServices real) { this.real = real; }

        @Override public Optional<AttackTarget> suggestTarget(long d) throws Exception { return real.suggestTarget(d); }

        @Override public GeneratedRules generate(long d, IpPrefix v, TimeWindow w, String l) throws Exception { return real.generate(d, v, w, l); }

        @Override public ImpactReport simulate(long d, RuleSet r, IpPrefix v, String l) throws Exception { return real.simulate(d, r, v, l); }

        @Override public ImpactComparison compare(long d, RuleSet r, IpPrefix v, String l) throws Exception { return real.compare(d, r, v, l); }

        @Override
        public ImpactComparison compare(long d, RuleSet r, IpPrefix v, String l, Cancellation cancel) throws Exception {
            if (cancel.isCancelled()) cancelled++;
            else runs++;
            return real.compare(d, r, v, l, cancel);
        }

        @Override
        public ImpactReport simulate(long d, RuleSet r, IpPrefix v, String l, Cancellation cancel) throws Exception {
            if (cancel.isCancelled()) cancelled++;
            else edits++;
            return real.simulate(d, r, v, l, cancel);
        }
    }
}

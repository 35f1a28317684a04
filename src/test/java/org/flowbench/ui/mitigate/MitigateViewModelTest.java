package org.flowbench.ui.mitigate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.flowbench.store.DatasetInfo;
import org.flowbench.store.Workspace;
import org.flowbench.task.SameThreadTaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Mitigate area's state without a screen, over a real workspace with the dns-amplification scenario. */
class MitigateViewModelTest {
    @TempDir Path dir;

    @Test
    void generateChooseSimulateAndExportStopTheAttack() throws Exception {
        try (Workspace ws = Workspace.open(dir.resolve("ws.duckdb"))) {
            DatasetInfo dataset = ScenarioWorkspace.importScenario(ws, "dns-amplification");
            MitigateViewModel model = new MitigateViewModel(new StoreMitigationServices(ws), new SameThreadTaskRunner());
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
}

package org.flowbench.ui.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.flowbench.detect.Alert;
import org.flowbench.detect.Score;
import org.flowbench.task.SameThreadTaskRunner;
import org.flowbench.ui.ExploreRequest;
import org.flowbench.ui.StoreWorkbenchServices;
import org.flowbench.ui.WorkbenchViewModel;
import org.flowbench.ui.live.ManualTicker;
import org.flowbench.ui.common.TypedTime;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Detect area's state without a screen, over a real workspace holding the syn-flood
 * training scenario (imported as the window imports it, labels included).
 */
class DetectViewModelTest {
    @TempDir static Path dir;
    static StoreWorkbenchServices services;
    WorkbenchViewModel window;
    DetectViewModel detect;

    @BeforeAll
    static void importScenario() throws Exception {
        services = StoreWorkbenchServices.open(SynFloodWorkspace.writeInto(dir));
    }

    @AfterAll
    static void close() {
        if (services != null) services.close();
    }

    @BeforeEach
    void openWindowState() {
        window = new WorkbenchViewModel(services, new SameThreadTaskRunner(), new ManualTicker());
        window.start(null, null);
        detect = window.detect();
    }

    @Test
    void trainingPresetFindsTheLabelledSynFloodAndScoresIt() {
        assertThat(detect.editor().sourceProperty().get()).isEqualTo("preset training-labs");

        detect.run();

        DetectRunViewModel run = detect.replay();
        assertThat(run.alerts()).isNotEmpty();
        assertThat(run.alerts()).extracting(a -> a.key().display()).contains("203.0.113.11");
        assertThat(run.traffic()).isNotEmpty();
        assertThat(run.incidents()).extracting(i -> i.name()).containsExactly("syn-flood-https");
        Score score = run.scoreProperty().get();
        assertThat(score.attacks()).isEqualTo(1);
        assertThat(score.detected()).isEqualTo(1);
        assertThat(score.recall()).isEqualTo(1.0);
        assertThat(ScoreText.of(score)).startsWith("Detected 1 of 1 attack").contains("recall 100%");
        assertThat(run.summaryProperty().get()).startsWith(run.alerts().size() + " alert").contains("syn-flood.pcap");
    }

    @Test
    void choosingAnAlertPublishesAnExploreRequestOnItsKeyAndTime() {
        detect.run();
        Alert alert = detect.replay().alerts().stream().filter(a -> a.key().display().equals("203.0.113.11"))
                .findFirst().orElseThrow();

        detect.openInExplore(alert);

        ExploreRequest request = window.exploreRequestProperty().get();
        assertThat(request.filter()).isEqualTo("dst_addr = 203.0.113.11 AND proto = 6");
        assertThat(request.start()).isEqualTo(alert.start());
        assertThat(request.end()).isEqualTo(alert.end());
        assertThat(request.origin()).contains(alert.rule());
    }

    @Test
    void anAlertOpensExploreOnItsFilterAndRangeWithThePreviousRangeBehindBack() {
        detect.run();
        Alert alert = syn(detect);
        var explore = window.explore();
        assertThat(explore.range().rangeProperty().get()).isEqualTo(org.flowbench.ui.explore.TimeRange.SPAN);
        window.workAreaProperty().set(org.flowbench.ui.WorkArea.DETECT);

        detect.openInExplore(alert);

        assertThat(window.workAreaProperty().get()).isEqualTo(org.flowbench.ui.WorkArea.EXPLORE);
        assertThat(explore.filter().applied().get().text()).isEqualTo("dst_addr = 203.0.113.11 AND proto = 6");
        assertThat(explore.filter().textProperty().get()).isEqualTo("dst_addr = 203.0.113.11 AND proto = 6");
        assertThat(explore.range().rangeProperty().get()).isEqualTo(new org.flowbench.ui.explore.TimeRange(alert.start(), alert.end()));
        assertThat(explore.resultProperty().get().grid().from()).isEqualTo(alert.start());
        assertThat(explore.rows()).extracting(r -> r.label()).containsExactly("203.0.113.11");
        assertThat(explore.range().canGoBackProperty().get()).isTrue();

        // the same alert again, after the user moved away, applies again
        explore.range().back();
        assertThat(explore.range().rangeProperty().get()).isEqualTo(org.flowbench.ui.explore.TimeRange.SPAN);
        window.workAreaProperty().set(org.flowbench.ui.WorkArea.DETECT);
        detect.openInExplore(alert);
        assertThat(window.workAreaProperty().get()).isEqualTo(org.flowbench.ui.WorkArea.EXPLORE);
        assertThat(explore.range().rangeProperty().get().from()).isEqualTo(alert.start());
    }

    @Test
    void mitigateOnAnAlertGeneratesRulesForItsVictimAndRangeBesideAnRtbh() {
        detect.run();
        Alert alert = syn(detect);

        assertThat(detect.mitigate(alert)).isTrue();

        assertThat(window.workAreaProperty().get()).isEqualTo(org.flowbench.ui.WorkArea.MITIGATE);
        var generate = window.mitigate().generate();
        assertThat(generate.victimProperty().get()).isEqualTo("203.0.113.11");
        assertThat(generate.fromProperty().get()).isEqualTo(TypedTime.format(alert.start()));
        assertThat(generate.toProperty().get()).isEqualTo(TypedTime.format(alert.end()));
        assertThat(generate.proposals()).hasSizeGreaterThan(1);
        var recommended = generate.proposals().stream().filter(p -> p.recommended()).findFirst().orElseThrow();
        assertThat(recommended.attackDropped()).isGreaterThanOrEqualTo(0.95);
        assertThat(generate.rtbhProperty().get()).isNotNull();
        assertThat(generate.rtbhProperty().get().attackPacketsDroppedShare()).isEqualTo(1.0);
        assertThat(generate.rtbhSummary()).startsWith("RTBH 203.0.113.11/32 (65535:666): attack dropped 100.00 %");
    }

    @Test
    void exploreRowOfAVictimOpensMitigateOverTheShownRange() {
        detect.run();
        Alert alert = syn(detect);
        detect.openInExplore(alert);
        var explore = window.explore();

        assertThat(explore.mitigation().mitigate(explore.rows().get(0))).isTrue();

        assertThat(window.workAreaProperty().get()).isEqualTo(org.flowbench.ui.WorkArea.MITIGATE);
        var generate = window.mitigate().generate();
        assertThat(generate.victimProperty().get()).isEqualTo("203.0.113.11");
        assertThat(generate.fromProperty().get()).isEqualTo(TypedTime.format(alert.start()));
        assertThat(generate.proposals()).isNotEmpty();
    }

    @Test
    void exploreWithoutADestinationSplitSaysSoInsteadOfMitigating() {
        var explore = window.explore();
        explore.dimensions().setAll(org.flowbench.schema.FlowField.PROTO);

        assertThat(explore.mitigation().mitigate(null)).isFalse();

        assertThat(explore.messageProperty().get()).contains("dst_addr");
        assertThat(window.workAreaProperty().get()).isEqualTo(org.flowbench.ui.WorkArea.EXPLORE);
    }

    @Test
    void alertsShowFirstAndTheirDominantVectorsFollowInASecondTask() {
        var runner = new org.flowbench.task.DeferredTaskRunner();
        WorkbenchViewModel deferred = replayedWithVectorsPending(runner);
        DetectRunViewModel run = deferred.detect().replay();

        assertThat(run.alerts()).isNotEmpty().allSatisfy(a -> assertThat(a.vector()).isNull());
        assertThat(run.vectorsPendingProperty().get()).isTrue();
        assertThat(run.runningProperty().get()).isTrue();
        assertThat(run.summaryProperty().get()).endsWith("; computing dominant vectors...");
        assertThat(runner.pending()).isEqualTo(1);

        runner.runNext(); // the vectors

        assertThat(run.vectorsPendingProperty().get()).isFalse();
        assertThat(run.runningProperty().get()).isFalse();
        assertThat(run.summaryProperty().get()).doesNotContain("computing");
        assertThat(syn(deferred.detect()).vector().proto()).isEqualTo(6);
        assertThat(syn(deferred.detect()).vector().dstPort()).isEqualTo(443);
    }

    @Test
    void aNewRunDropsTheVectorsOfThePreviousOne() {
        var runner = new org.flowbench.task.DeferredTaskRunner();
        WorkbenchViewModel deferred = replayedWithVectorsPending(runner);
        DetectRunViewModel run = deferred.detect().replay();
        assertThat(run.vectorsPendingProperty().get()).isTrue();

        deferred.detect().run(); // before the first run's vectors arrive
        assertThat(run.vectorsPendingProperty().get()).isFalse();
        runner.runAll();

        assertThat(run.vectorsPendingProperty().get()).isFalse();
        assertThat(run.runningProperty().get()).isFalse();
        assertThat(run.alerts()).isNotEmpty().allSatisfy(a -> assertThat(a.vector()).isNotNull());
        assertThat(run.summaryProperty().get()).doesNotContain("computing").doesNotContain("cancelled");
    }

    /** A window state on {@code runner}, started, whose first run has replayed (alerts, traffic, score); its vectors task waits. */
    private static WorkbenchViewModel replayedWithVectorsPending(org.flowbench.task.DeferredTaskRunner runner) {
        WorkbenchViewModel deferred = new WorkbenchViewModel(services, runner, new ManualTicker());
        deferred.start(null, null);
        runner.runAll();
        deferred.detect().run();
        runner.runNext(); // the replay: alerts, traffic, score
        return deferred;
    }

    private static Alert syn(DetectViewModel detect) {
        return detect.replay().alerts().stream().filter(a -> a.key().display().equals("203.0.113.11"))
                .findFirst().orElseThrow();
    }

    @Test
    void sweepGivesOnePointPerValueWithFewerAlertsAsTheThresholdRises() {
        detect.sweeper().metricProperty().set("syn_pps");
        detect.sweeper().rangeProperty().set("5:50:5");

        detect.sweep();

        var points = detect.sweeper().points();
        assertThat(points).hasSize(10);
        assertThat(points.get(0).values()).containsExactly(5.0);
        assertThat(points.get(0).alertingKeys()).isGreaterThanOrEqualTo(points.get(points.size() - 1).alertingKeys());
        assertThat(detect.sweeper().scoredProperty().get()).isTrue();
        assertThat(points.get(0).score().recall()).isEqualTo(1.0);
    }

    @Test
    void twoThresholdsSweepAsAGridWithTheBestPointMarked() {
        detect.sweeper().metricProperty().set("syn_pps");
        detect.sweeper().rangeProperty().set("10:40:10");
        detect.sweeper().metric2Property().set("pps");
        detect.sweeper().range2Property().set("100:300:100");

        detect.sweep();

        SweepGrid grid = detect.sweeper().gridProperty().get();
        assertThat(grid).isNotNull();
        assertThat(grid.rows()).containsExactly(10.0, 20.0, 30.0, 40.0);
        assertThat(grid.columns()).containsExactly(100.0, 200.0, 300.0);
        assertThat(detect.sweeper().points()).hasSize(12);
        assertThat(grid.at(1, 2).values()).containsExactly(20.0, 300.0);
        var best = detect.sweeper().bestProperty().get();
        assertThat(best).isNotNull();
        assertThat(best.score().recall()).isEqualTo(1.0);
        assertThat(grid.isBest(grid.rows().indexOf(best.values().get(0)), grid.columns().indexOf(best.values().get(1)))).isTrue();
        // no point catches the attack with fewer false-alert minutes than the best
        assertThat(detect.sweeper().points()).allSatisfy(p -> assertThat(p.score().detected() < 1
                || p.score().alertMinutesOutside() >= best.score().alertMinutesOutside()).isTrue());
        assertThat(grid.text(0, 0)).startsWith("R ").contains("false min");
        assertThat(detect.sweeper().summaryProperty().get()).startsWith("12 points of syn_pps x pps").contains("best syn_pps = ");
    }

    @Test
    void aGridOfOneThresholdTwiceIsRefused() {
        detect.sweeper().metricProperty().set("pps");
        detect.sweeper().metric2Property().set("pps");
        detect.sweeper().range2Property().set("1:2:1");

        sweepIsRefusedSaying("two different thresholds");
    }

    @Test
    void badSweepRangeIsReportedWithoutRunning() {
        detect.sweeper().rangeProperty().set("50:5:5");

        sweepIsRefusedSaying("runs backwards");
    }

    private void sweepIsRefusedSaying(String why) {
        detect.sweep();

        assertThat(detect.sweeper().points()).isEmpty();
        assertThat(detect.sweeper().summaryProperty().get()).contains(why);
    }

    @Test
    void invalidTriggerShowsItsPlaceAndDoesNotRun() {
        String text = detect.editor().textProperty().get();
        int trigger = text.indexOf("udp_bps >");
        detect.editor().textProperty().set(text.substring(0, trigger) + "udp_bps >> " + text.substring(trigger + 9));

        detect.run();

        assertThat(detect.replay().alerts()).isEmpty();
        assertThat(detect.replay().summaryProperty().get()).contains("error");
        assertThat(detect.editor().errorProperty().get()).contains("rules[0].trigger").contains("column");
        // the caret goes to the second '>' inside the trigger string
        int at = detect.editor().errorOffsetProperty().get();
        assertThat(detect.editor().textProperty().get().substring(at - 9, at + 1)).isEqualTo("udp_bps >>");
    }

    @Test
    void savingAsYamlConvertsAndAYamlErrorIsPlacedInTheText() throws Exception {
        Path file = dir.resolve("lab-rules.yaml");

        detect.editor().save(file);

        String yaml = Files.readString(file);
        assertThat(yaml).startsWith("name: training-labs").contains("trigger:");
        assertThat(detect.editor().textProperty().get()).isEqualTo(yaml);
        assertThat(detect.editor().sourceProperty().get()).isEqualTo(file.toString());
        assertThat(org.flowbench.detect.RuleFiles.read(file)).isEqualTo(org.flowbench.detect.Presets.load("training-labs"));

        int trigger = yaml.indexOf("udp_bps >");
        detect.editor().textProperty().set(yaml.substring(0, trigger) + "udp_bps >> " + yaml.substring(trigger + 9));
        detect.run();

        assertThat(detect.replay().alerts()).isEmpty();
        assertThat(detect.editor().errorProperty().get()).startsWith("line ").contains("rules[0].trigger");
        int at = detect.editor().errorOffsetProperty().get();
        assertThat(detect.editor().textProperty().get().substring(at - 9, at + 1)).isEqualTo("udp_bps >>");
    }

    @Test
    void brokenJsonShowsLineAndColumn() {
        detect.editor().textProperty().set("{\n  \"rules\": [\n    { \"name\": }\n  ]\n}");

        detect.run();

        assertThat(detect.replay().alerts()).isEmpty();
        assertThat(detect.editor().errorProperty().get()).startsWith("line 3, column").contains("not valid JSON");
    }

    @Test
    void suggestionsBaselineTheScopeOfTheChosenRule() {
        assertThat(detect.suggestions().ruleNames()).containsExactly("host-flood", "prefix-carpet");
        detect.suggestions().ruleProperty().set("host-flood");

        detect.suggest();

        assertThat(detect.suggestions().suggestions()).isNotEmpty();
        assertThat(detect.suggestions().suggestions().get(0).suggestedPps())
                .isGreaterThanOrEqualTo(detect.suggestions().suggestions().get(0).pps().max());
    }
}

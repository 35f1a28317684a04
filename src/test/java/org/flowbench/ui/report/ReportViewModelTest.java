package org.flowbench.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.flowbench.report.ReportFormat;
import org.flowbench.report.ReportSpec;
import org.flowbench.store.DatasetInfo;
import org.flowbench.store.DatasetStatus;
import org.flowbench.store.Incident;
import org.flowbench.store.IncidentKind;
import org.flowbench.task.Cancellation;
import org.flowbench.task.DeferredTaskRunner;
import org.flowbench.task.Progress;
import org.flowbench.task.SameThreadTaskRunner;
import org.junit.jupiter.api.Test;

/** The Report area's state and commands, without a screen, over fake services that record what they were asked. */
class ReportViewModelTest {
    static final Instant T0 = Instant.parse("2026-02-03T14:00:00Z");

    final ObservableList<DatasetInfo> all = FXCollections.observableArrayList(dataset(1, "ntp"), dataset(2, "syn"));
    final ObjectProperty<DatasetInfo> selected = new SimpleObjectProperty<>();
    final Recording services = new Recording();

    @Test
    void theSelectedDatasetIsTickedAndItsIncidentsAreListedAllTicked() {
        ReportViewModel vm = new ReportViewModel(services, new SameThreadTaskRunner(), all, selected);
        assertThat(vm.selectedDatasetIds()).isEmpty();
        assertThat(vm.incidents()).isEmpty();
        selected.set(all.get(1));
        assertThat(services.incidentQueries).as("nothing read while the area is not in front").isEmpty();
        vm.activeProperty().set(true);
        assertThat(vm.selectedDatasetIds()).containsExactly(2L);
        assertThat(services.incidentQueries).last().isEqualTo(List.of(2L));
        assertThat(vm.incidents()).extracting(c -> c.value().name()).containsExactly("attack on 2", "benign on 2");
        assertThat(vm.incidents()).allMatch(Choice::isSelected);

        vm.datasets().get(0).selectedProperty().set(true);
        assertThat(services.incidentQueries).last().isEqualTo(List.of(1L, 2L));
        all.add(dataset(3, "dns"));
        assertThat(vm.selectedDatasetIds()).as("ticks survive a list refresh").containsExactly(1L, 2L);
    }

    @Test
    void generateAsksForTheChosenIncidentsRangeFilesAndFormatsAndListsTheFiles() {
        ReportViewModel vm = new ReportViewModel(services, new SameThreadTaskRunner(), all, selected);
        vm.activeProperty().set(true);
        selected.set(all.get(0));
        vm.incidents().get(1).selectedProperty().set(false);
        vm.fromProperty().set("2026-02-03T14:01:00Z");
        vm.toProperty().set("2026-02-03 14:05:00");
        vm.flowspecRulesProperty().set(Path.of("rules.bird"));
        vm.dialectProperty().set("bird");
        vm.markdownProperty().set(true);
        vm.pdfProperty().set(false);
        vm.outputProperty().set(Path.of("/tmp/pm.html"));
        List<Double> progress = new ArrayList<>();
        vm.progressProperty().addListener((o, a, b) -> progress.add(b.doubleValue()));
        vm.generate();

        ReportSpec spec = services.spec;
        assertThat(spec.datasetIds()).containsExactly(1L);
        assertThat(spec.incidentIds()).containsExactly(vm.incidents().get(0).value().id());
        assertThat(spec.from()).isEqualTo(T0.plusSeconds(60));
        assertThat(spec.to()).isEqualTo(T0.plusSeconds(300));
        assertThat(spec.flowspecRules()).isEqualTo(org.flowbench.report.RuleSource.file(Path.of("rules.bird")));
        assertThat(spec.dialect()).isEqualTo("bird");
        assertThat(services.formats).containsExactlyInAnyOrder(ReportFormat.HTML, ReportFormat.MD);
        assertThat(vm.outputs()).containsExactly(Path.of("/tmp/pm.html"), Path.of("/tmp/pm.md"));
        assertThat(progress).contains(0.5, 1.0);
        assertThat(vm.statusProperty().get()).isEqualTo("Written: 2 files");
        assertThat(vm.runningProperty().get()).isFalse();
    }

    @Test
    void whatIsMissingIsSaidBeforeAnythingRuns() {
        ReportViewModel vm = new ReportViewModel(services, new SameThreadTaskRunner(), all, selected);
        vm.activeProperty().set(true);
        vm.generate();
        assertThat(vm.statusProperty().get()).contains("at least one dataset");
        selected.set(all.get(0));
        vm.fromProperty().set("yesterday");
        vm.generate();
        assertThat(vm.statusProperty().get()).contains("From: 'yesterday' is not a time");
        vm.fromProperty().set("");
        vm.htmlProperty().set(false);
        vm.pdfProperty().set(false);
        vm.generate();
        assertThat(vm.statusProperty().get()).contains("choose at least one format");
        assertThat(services.spec).isNull();
    }

    @Test
    void aRunningReportCanBeCancelledAndAFailureIsShown() {
        DeferredTaskRunner runner = new DeferredTaskRunner();
        ReportViewModel vm = new ReportViewModel(services, runner, all, selected);
        vm.activeProperty().set(true);
        selected.set(all.get(0));
        runner.runAll();
        vm.generate();
        assertThat(vm.runningProperty().get()).isTrue();
        vm.generate(); // ignored while running
        assertThat(runner.pending()).isEqualTo(1);
        vm.cancel();
        runner.runAll();
        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(vm.statusProperty().get()).isEqualTo("Cancelled; nothing was written");
        assertThat(vm.outputs()).isEmpty();

        services.fail = true;
        vm.generate();
        runner.runAll();
        assertThat(vm.statusProperty().get()).isEqualTo("Report failed: disk full");
        vm.open(Path.of("/tmp/pm.html"));
        assertThat(vm.statusProperty().get()).startsWith("Cannot open /tmp/pm.html");
    }

    static DatasetInfo dataset(long id, String name) {
        return new DatasetInfo(id, name, "/captures/" + name + ".pcap", "pcap", DatasetStatus.COMPLETE, T0, T0,
                T0.plusSeconds(420), 100, 10_000, 50, null);
    }

    @Test
    void aSavedRuleSetTakesThePlaceOfARuleFile() {
        ReportViewModel vm = new ReportViewModel(services, new SameThreadTaskRunner(), all, selected);
        selected.set(all.get(0));
        assertThat(vm.savedDetectionNames()).as("listed once the area is in front").isEmpty();
        vm.activeProperty().set(true);
        assertThat(vm.savedDetectionNames()).containsExactly("edge", "core");
        assertThat(vm.savedFlowspecNames()).containsExactly("ntp drop");

        vm.detectionRulesProperty().set(Path.of("rules.yaml"));
        vm.savedDetectionProperty().set("core");
        assertThat(vm.detectionRulesProperty().get()).as("one or the other").isNull();
        vm.flowspecRulesProperty().set(Path.of("rules.bird"));
        vm.savedFlowspecProperty().set("ntp drop");
        vm.flowspecRulesProperty().set(Path.of("other.bird"));
        assertThat(vm.savedFlowspecProperty().get()).isNull();
        vm.outputProperty().set(Path.of("/tmp/pm.html"));
        vm.generate();

        assertThat(services.spec.detectionRules()).isEqualTo(org.flowbench.report.RuleSource.saved("core"));
        assertThat(services.spec.flowspecRules()).isEqualTo(org.flowbench.report.RuleSource.file(Path.of("other.bird")));
    }

    static final class Recording implements ReportServices {
        final List<List<Long>> incidentQueries = new ArrayList<>();
        ReportSpec spec;
        Set<ReportFormat> formats;
        boolean fail;

        @Override
        public List<String> savedRuleSets(org.flowbench.store.RuleSetKind kind) {
            return kind == org.flowbench.store.RuleSetKind.DETECTION ? List.of("edge", "core") : List.of("ntp drop");
        }

        @Override
        public List<Incident> incidents(List<Long> datasetIds) {
            incidentQueries.add(datasetIds);
            List<Incident> out = new ArrayList<>();
            for (long id : datasetIds) {
                out.add(new Incident(id * 10, id, "attack on " + id, IncidentKind.ATTACK, T0, T0.plusSeconds(60), null, null, null));
                out.add(new Incident(id * 10 + 1, id, "benign on " + id, IncidentKind.BENIGN, T0, T0.plusSeconds(60), null, null, null));
            }
            return out;
        }

        @Override
        public List<Path> generate(ReportSpec s, Set<ReportFormat> f, Path base, Progress progress, Cancellation cancel) {
            cancel.check();
            if (fail) throw new IllegalStateException("disk full");
            spec = s;
            formats = f;
            List<Path> out = new ArrayList<>();
            for (ReportFormat format : f) {
                progress.update(out.size() + 1, f.size(), "writing " + format);
                out.add(StoreReportServices.withExtension(base, format));
            }
            return out;
        }
    }
}

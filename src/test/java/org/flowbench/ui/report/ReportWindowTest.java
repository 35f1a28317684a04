package org.flowbench.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import org.flowbench.detect.Presets;
import org.flowbench.detect.RuleFileFormat;
import org.flowbench.detect.ScenarioIncidents;
import org.flowbench.ingest.ImportJob;
import org.flowbench.rulesets.WorkspaceRuleSets;
import org.flowbench.store.DatasetInfo;
import org.flowbench.store.Workspace;
import org.flowbench.task.Cancellation;
import org.flowbench.task.Progress;
import org.flowbench.task.SameThreadTaskRunner;
import org.flowbench.ui.WindowFixture;
import org.flowbench.ui.common.SceneSnapshot;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole window, headless, over the NTP scenario: Ctrl+4 opens Report with the selected
 * dataset ticked and its incident listed; Generate writes HTML and Markdown and lists them.
 * Leaves a picture of the area in target/screenshots/report-area.png.
 */
class ReportWindowTest {
    private static final Path PCAP = Path.of("pcap-samples/ntp-amplification.pcap");
    private static final Path PICTURE = Path.of("target", "screenshots", "report-area.png");

    @TempDir static Path dir;
    @RegisterExtension final WindowFixture window = WindowFixture.onNewWorkspace(dir, ReportWindowTest::scenarioAndRuleSet);

    /** The scenario, its incidents and a saved detection rule set "labs". */
    private static void scenarioAndRuleSet(Workspace ws) throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(PCAP), "pcap-samples/ is not in the working directory");
        long id = new ImportJob(ws).importFile(PCAP, Progress.NONE, Cancellation.none()).datasetId();
        ScenarioIncidents.attachBesides(ws, id, PCAP);
        new WorkspaceRuleSets(ws).saveDetection("labs", Presets.load(Presets.DEFAULT), RuleFileFormat.YAML, null, false);
    }

    @Test
    void generatesTheChosenFormatsForTheSelectedDataset(FxRobot robot) throws Exception {
        ListView<DatasetInfo> list = robot.lookup("#dataset-list").queryListView();
        waitUntil(() -> list.getItems().size() == 1);
        robot.interact(() -> list.getSelectionModel().select(0));
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        TabPane areas = robot.lookup("#work-areas").queryAs(TabPane.class);
        waitUntil(() -> areas.getSelectionModel().getSelectedItem().getId().equals("tab-report"));

        ReportViewModel model = window.model().reportArea();
        waitUntil(() -> model.incidents().size() == 1);
        assertThat(model.selectedDatasetIds()).containsExactly(list.getItems().get(0).id());
        Path base = dir.resolve("out/post-mortem.html");
        robot.interact(() -> robot.lookup("#report-output").queryTextInputControl().setText(base.toString()));
        robot.clickOn("#report-pdf");
        robot.clickOn("#report-md");
        robot.interact(() -> robot.lookup("#report-title").queryTextInputControl().setText("NTP reflection"));
        robot.clickOn("#report-generate");
        ListView<Path> outputs = robot.lookup("#report-outputs").queryListView();
        waitUntil(() -> outputs.getItems().size() == 2 || model.statusProperty().get().startsWith("Report failed"));
        assertThat(outputs.getItems()).as(model.statusProperty().get())
                .containsExactly(base, dir.resolve("out/post-mortem.md"));
        assertThat(Files.readString(base)).contains("<title>NTP reflection</title>", "ntp-monlist-reflection");
        assertThat(Files.readString(dir.resolve("out/post-mortem.md"))).startsWith("# NTP reflection");
        // the list's first file is selected by a listener in the same FX event that filled the list,
        // which the wait above may observe half-way from this thread
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#report-open").queryButton().isDisabled()).isFalse();

        Files.createDirectories(PICTURE.getParent());
        Files.deleteIfExists(PICTURE);
        robot.interact(() -> new SameThreadTaskRunner().run(SceneSnapshot.toPng(window.scene(), PICTURE)));
        assertThat(PICTURE).exists();
    }

    @Test
    void aDetectionRuleSetSavedInTheWorkspaceFeedsTheReport(FxRobot robot) throws Exception {
        ListView<DatasetInfo> list = robot.lookup("#dataset-list").queryListView();
        waitUntil(() -> list.getItems().size() == 1);
        robot.interact(() -> list.getSelectionModel().select(0));
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        ReportViewModel model = window.model().reportArea();
        waitUntil(() -> model.savedDetectionNames().contains("labs"));

        ComboBox<String> saved = robot.lookup("#report-rules-saved").queryComboBox();
        robot.interact(() -> saved.getSelectionModel().select("labs"));
        assertThat(model.savedDetectionProperty().get()).isEqualTo("labs");
        assertThat(robot.lookup("#report-rules-saved-clear").queryButton().isDisabled()).isFalse();
        Path base = dir.resolve("saved/report.html");
        robot.interact(() -> robot.lookup("#report-output").queryTextInputControl().setText(base.toString()));
        robot.clickOn("#report-generate");
        ListView<Path> outputs = robot.lookup("#report-outputs").queryListView();
        waitUntil(() -> !outputs.getItems().isEmpty() || model.statusProperty().get().startsWith("Report failed")
                || model.statusProperty().get().startsWith("Cannot generate"));
        assertThat(outputs.getItems()).as(model.statusProperty().get()).contains(base);
        assertThat(Files.readString(base)).contains("workspace rule set labs");

        robot.clickOn("#report-rules-saved-clear");
        assertThat(model.savedDetectionProperty().get()).isNull();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
    }
}

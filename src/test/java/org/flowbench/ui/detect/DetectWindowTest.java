package org.flowbench.ui.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.flowbench.detect.Alert;
import org.flowbench.testsupport.TruncatedText;
import org.flowbench.ui.WindowFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The whole window, headless (Monocle), over a workspace with the syn-flood scenario: Ctrl+2, Run, alerts. */
class DetectWindowTest {
    @TempDir static Path dir;
    private static Path workspace;
    @RegisterExtension final WindowFixture window = WindowFixture.onWorkspace(() -> workspace);

    @BeforeAll
    static void importScenario() throws Exception {
        workspace = SynFloodWorkspace.writeInto(dir);
    }

    @Test
    void shortcutOpensDetectAndRunningThePresetFillsTheAlertTable(FxRobot robot) throws TimeoutException {
        TableView<Alert> table = runThePreset(robot);
        assertThat(window.view().detectView().alertBands()).isEqualTo(table.getItems().size());
        assertThat(robot.lookup("#detect-score").queryLabeled().getText()).startsWith("Detected 1 of 1 attack");

        robot.clickOn(firstAlertRow(robot));
        waitUntil(() -> window.model().exploreRequestProperty().get() != null);
        assertThat(window.model().exploreRequestProperty().get().filter()).startsWith("dst_addr");
    }

    @Test
    void clickingAnAlertShowsExploreOnItsFilterAndRangeAndMitigateGeneratesRulesForIt(FxRobot robot) throws TimeoutException {
        TableView<Alert> table = runThePreset(robot);
        Alert first = table.getItems().get(0);

        robot.clickOn(firstAlertRow(robot));

        waitUntil(() -> robot.lookup("#explore-view").tryQuery().map(n -> n.isVisible()).orElse(false));
        javafx.scene.control.TextField from = robot.lookup("#explore-from").queryAs(javafx.scene.control.TextField.class);
        javafx.scene.control.TextField to = robot.lookup("#explore-to").queryAs(javafx.scene.control.TextField.class);
        waitUntil(() -> from.getText().equals(org.flowbench.ui.explore.TimeRange.format(first.start())));
        assertThat(to.getText()).isEqualTo(org.flowbench.ui.explore.TimeRange.format(first.end()));
        assertThat(window.model().explore().filter().textProperty().get()).startsWith("dst_addr = ");
        assertThat(robot.lookup("#explore-back").queryButton().isDisabled()).isFalse();
        TableView<?> series = robot.lookup("#explore-table").queryTableView();
        waitUntil(() -> !series.getItems().isEmpty());

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#detect-view").tryQuery().map(n -> n.isVisible()).orElse(false));
        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#detect-mitigate");

        waitUntil(() -> robot.lookup("#mitigate-area").tryQuery().map(n -> n.isVisible()).orElse(false));
        TableView<?> proposals = robot.lookup("#proposals-table").queryTableView();
        waitUntil(() -> !proposals.getItems().isEmpty());
        assertThat(robot.lookup("#generate-victim").queryAs(javafx.scene.control.TextField.class).getText())
                .isEqualTo(first.key().display());
        waitUntil(() -> robot.lookup("#generate-rtbh").queryLabeled().getText().contains("RTBH"));
    }

    @Test
    void aTwoThresholdSweepShowsTheHeatMapWithTheBestCell(FxRobot robot) throws TimeoutException {
        openDetectWithItsPreset(robot);
        robot.clickOn("#detect-tab-sweep");
        SweepViewModel sweep = window.model().detect().sweeper();
        robot.interact(() -> {
            sweep.metricProperty().set("syn_pps");
            sweep.rangeProperty().set("10:30:10");
            sweep.metric2Property().set("pps");
        });
        robot.clickOn("#sweep-range2").write("100:200:100");
        robot.clickOn("#sweep-run");

        waitUntil(() -> robot.lookup("#sweep-best").tryQuery().isPresent());
        assertThat(window.view().detectView().sweepPoints()).isEqualTo(6);
        assertThat(robot.lookup("#sweep-best").queryLabeled().getText()).startsWith("R 100%");
    }

    @Test
    void theToolbarShowsEveryControlUncutInALaptopWindowAndTheRulesMenuHoldsTheFileAndWorkspaceActions(FxRobot robot)
            throws TimeoutException {
        openDetectWithItsPreset(robot);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node toolbar = robot.lookup("#detect-toolbar").query();
        assertThat(toolbar.getScene().getWidth()).isEqualTo(1280);
        assertThat(TruncatedText.onFxThread(toolbar)).isEmpty();
        assertThat(robot.lookup("#detect-run").queryButton().getText()).isEqualTo("Run");

        javafx.scene.control.MenuButton rules = robot.lookup("#detect-rules-menu").queryAs(javafx.scene.control.MenuButton.class);
        assertThat(rules.getItems().stream().map(javafx.scene.control.MenuItem::getId).filter(java.util.Objects::nonNull))
                .containsExactly("detect-open-file", "detect-save-file", "detect-open-workspace", "detect-save-workspace");
    }

    /** Ctrl+2 once the dataset is selected and the preset is in the editor; returns when Detect shows. */
    private void openDetectWithItsPreset(FxRobot robot) throws TimeoutException {
        waitUntil(() -> window.model().datasets().selectedProperty().get() != null);
        waitUntil(() -> !window.model().detect().editor().textProperty().get().isEmpty());
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#detect-view").tryQuery().map(n -> n.isVisible()).orElse(false));
    }

    /** Opens Detect, runs the preset and returns the alert table once it holds alerts. */
    private TableView<Alert> runThePreset(FxRobot robot) throws TimeoutException {
        openDetectWithItsPreset(robot);
        robot.clickOn("#detect-run");
        TableView<Alert> table = robot.lookup("#detect-alerts").queryTableView();
        waitUntil(() -> !table.getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        return table;
    }

    /**
     * The row showing the first alert, once the run is over: the alerts are replaced when their
     * dominant vectors arrive (docs/decisions/0270), which recreates the row cells, so a cell looked
     * up before that may be out of the scene when clicked (it threw).
     */
    private javafx.scene.Node firstAlertRow(FxRobot robot) throws TimeoutException {
        DetectRunViewModel run = window.model().detect().replay();
        waitUntil(() -> !run.runningProperty().get() && !run.vectorsPendingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        java.util.concurrent.atomic.AtomicReference<javafx.scene.Node> row = new java.util.concurrent.atomic.AtomicReference<>();
        waitUntil(() -> {
            for (javafx.scene.Node n : robot.lookup("#detect-alerts .table-row-cell").queryAll()) {
                if (n.getScene() != null && n instanceof javafx.scene.control.TableRow<?> r && r.getIndex() == 0 && !r.isEmpty()) {
                    row.set(n);
                    return true;
                }
            }
            return false;
        });
        return row.get();
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, condition);
    }
}

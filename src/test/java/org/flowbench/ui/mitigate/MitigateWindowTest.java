package org.flowbench.ui.mitigate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.flowbench.store.DatasetInfo;
import org.flowbench.ui.WindowFixture;
import org.flowbench.ui.common.SceneSnapshot;
import org.flowbench.task.SameThreadTaskRunner;
import org.flowbench.testsupport.TruncatedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole window, headless (Monocle), over a real workspace holding the dns-amplification
 * scenario: Ctrl+3 opens Mitigate, generate, use the recommended proposal, simulate, export.
 * Leaves a picture of the area in target/screenshots/mitigate.png (copy it to docs/images/ by hand when the area changes).
 */
class MitigateWindowTest {
    private static final Path PICTURE = Path.of("target", "screenshots", "mitigate.png");

    @TempDir static Path dir;
    @RegisterExtension final WindowFixture window = WindowFixture.onNewWorkspace(dir,
            ws -> ScenarioWorkspace.importScenario(ws, "dns-amplification"));

    @Test
    void generateSimulateAndExportInTheWindow(FxRobot robot) throws Exception {
        ListView<DatasetInfo> list = robot.lookup("#dataset-list").queryListView();
        waitUntil(() -> list.getItems().size() == 1);
        robot.interact(() -> list.getSelectionModel().select(0));

        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.DIGIT3)
                .release(javafx.scene.input.KeyCode.DIGIT3, javafx.scene.input.KeyCode.CONTROL);
        TabPane areas = robot.lookup("#work-areas").queryAs(TabPane.class);
        waitUntil(() -> areas.getSelectionModel().getSelectedItem().getId().equals("tab-mitigate"));

        TextField victim = robot.lookup("#generate-victim").queryAs(TextField.class);
        waitUntil(() -> "198.51.100.20".equals(victim.getText()));
        robot.clickOn("#generate-button");
        TableView<ProposalRow> proposals = robot.lookup("#proposals-table").queryTableView();
        waitUntil(() -> !proposals.getItems().isEmpty());
        int recommended = proposals.getItems().indexOf(
                proposals.getItems().stream().filter(ProposalRow::recommended).findFirst().orElseThrow());
        robot.interact(() -> proposals.getSelectionModel().select(recommended));
        robot.clickOn("#use-proposal");
        TextArea editor = robot.lookup("#rules-editor").queryAs(TextArea.class);
        assertThat(editor.getText()).contains("198.51.100.20");
        assertThat(robot.lookup("#rules-order").queryListView().getItems()).isNotEmpty();

        TabPane steps = robot.lookup("#mitigate-steps").queryAs(TabPane.class);
        robot.interact(() -> steps.getSelectionModel().select(1));
        robot.clickOn("#simulate-button");
        TableView<ImpactRow> totals = robot.lookup("#impact-totals").queryTableView();
        SimulateViewModel simulate = window.model().mitigate().simulate();
        waitUntil(() -> totals.getItems().size() == 2 || simulate.statusProperty().get().startsWith("Could not"));
        assertThat(totals.getItems()).as(simulate.statusProperty().get()).hasSize(2);
        assertThat(totals.getItems().get(0).attackDropped()).isGreaterThanOrEqualTo(0.95 * 1824);
        assertThat(robot.lookup("#impact-rules").queryTableView().getItems()).isNotEmpty();
        waitUntil(() -> window.view().mitigateView().chartPoints() > 0);
        Files.createDirectories(PICTURE.getParent());
        Files.deleteIfExists(PICTURE);
        robot.interact(() -> new SameThreadTaskRunner().run(SceneSnapshot.toPng(window.scene(), PICTURE)));
        assertThat(PICTURE).exists();
        WaitForAsyncUtils.waitForFxEvents();
        for (TableView<?> table : java.util.List.of(totals, robot.lookup("#impact-rules").queryTableView())) {
            assertThat(TruncatedText.onFxThread(table.lookup(".column-header-background")))
                    .as(table.getId() + "'s headers in a 1280 px window").isEmpty();
            assertThat(table.lookupAll(".scroll-bar").stream().filter(javafx.scene.Node::isVisible)
                    .map(b -> ((javafx.scene.control.ScrollBar) b).getOrientation()))
                    .as(table.getId() + ": no horizontal scroll bar").doesNotContain(javafx.geometry.Orientation.HORIZONTAL);
            double name = table.getColumns().get(0).getWidth();
            assertThat(name).as(table.getId() + ": the name column keeps the largest share").isGreaterThan(0.4 * table.getWidth());
            assertThat(table.getColumns().stream().skip(1)).as(table.getId() + ": the name column is the widest")
                    .allSatisfy(c -> assertThat(c.getWidth()).isLessThan(name));
        }


        robot.interact(() -> steps.getSelectionModel().select(2));
        robot.interact(() -> robot.lookup("#export-dialect").queryComboBox().getSelectionModel().select("junos"));
        TextArea exported = robot.lookup("#export-text").queryAs(TextArea.class);
        waitUntil(() -> exported.getText().contains("routing-options"));
        assertThat(exported.isEditable()).isFalse();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
    }
}

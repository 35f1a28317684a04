package org.flowbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import org.flowbench.store.DatasetInfo;
import org.flowbench.ui.explore.Counter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The whole first window, headless (Monocle), with the real FX runner and fake services. */
class WorkbenchWindowTest {
    private final FakeWorkbenchServices services = new FakeWorkbenchServices();
    private final AtomicInteger exitStatus = new AtomicInteger(-1);
    @RegisterExtension final WindowFixture window = WindowFixture.on(this::twoDatasets, exitStatus::set);

    private FakeWorkbenchServices twoDatasets() {
        services.add("syn-flood.pcap", 40);
        services.add("dns-reflection.pcap", 7);
        return services;
    }

    @Test
    void sidebarListsTheWorkspaceDatasets(FxRobot robot) throws TimeoutException {
        ListView<DatasetInfo> list = robot.lookup("#dataset-list").queryListView();
        waitUntil(() -> list.getItems().size() == 2);

        List<String> names = robot.lookup(".dataset-name").queryAllAs(Label.class).stream()
                .map(Label::getText).filter(t -> t != null && !t.isEmpty()).toList();
        assertThat(names).containsExactly("syn-flood.pcap", "dns-reflection.pcap");
        assertThat(robot.lookup(".status-badge").queryAllAs(Label.class))
                .extracting(Label::getText).contains("complete");
        assertThat(robot.lookup("#status-message").queryAs(Label.class).getText()).isEqualTo("2 datasets in test.duckdb");
    }

    @Test
    void selectingADatasetDrawsItsTraffic(FxRobot robot) throws TimeoutException {
        waitUntil(() -> window.view().chartView().pointCount() == 40);

        robot.clickOn("dns-reflection.pcap");

        waitUntil(() -> window.view().chartView().pointCount() == 7);
        assertThat(robot.lookup("#traffic-chart").query().isVisible()).isTrue();
        assertThat(robot.lookup("#chart-placeholder").query().isVisible()).isFalse();
    }

    @Test
    void reportViewShowsTheCountsOfTheSelectedDataset(FxRobot robot) throws TimeoutException {
        TableView<Counter> counters = robot.lookup("#report-counters").queryTableView();
        waitUntil(() -> !counters.getItems().isEmpty());

        assertThat(counters.getItems()).contains(new Counter("Frames read", "40,007"), new Counter("Rows written", "40"));
        TableView<Counter> protocols = robot.lookup("#report-protocols").queryTableView();
        assertThat(protocols.getItems()).extracting(Counter::name).containsExactly("UDP", "TCP");
        // The cells render the values, not just hold them.
        assertThat(robot.lookup(".table-cell").queryAllAs(javafx.scene.control.TableCell.class))
                .extracting(cell -> String.valueOf(cell.getText())).contains("40,007");
        assertThat(robot.lookup("#report-damage-note").queryAs(Label.class).getText()).isEqualTo("No damage found");
    }

    @Test
    void importShowsProgressAndCancelStopsIt(FxRobot robot) throws Exception {
        services.slowImports();
        robot.interact(() -> window.model().imports().importFile(Path.of("/captures/big.pcap")));
        assertThat(services.awaitSlowImport()).isTrue();

        waitUntil(() -> robot.lookup(".task-progress").tryQuery().isPresent());
        ProgressBar bar = robot.lookup(".task-progress").queryAs(ProgressBar.class);
        waitUntil(() -> bar.getProgress() > 0);
        assertThat(robot.lookup("#status-message").queryAs(Label.class).getText()).isEqualTo("Importing big.pcap...");

        robot.clickOn(".cancel-task");

        waitUntil(() -> robot.lookup(".task-progress").tryQuery().isEmpty());
        assertThat(robot.lookup("#status-message").queryAs(Label.class).getText())
                .isEqualTo("Import of big.pcap cancelled");
    }

    @Test
    void finishedImportAppearsInTheSidebarSelected(FxRobot robot) throws TimeoutException {
        ListView<DatasetInfo> list = robot.lookup("#dataset-list").queryListView();
        waitUntil(() -> list.getItems().size() == 2);

        robot.interact(() -> window.model().imports().importFile(Path.of("/captures/new.pcap")));

        waitUntil(() -> list.getItems().size() == 3);
        waitUntil(() -> list.getSelectionModel().getSelectedItem() != null
                && list.getSelectionModel().getSelectedItem().name().equals("new.pcap"));
        waitUntil(() -> window.view().chartView().pointCount() == 30);
    }

    @Test
    void viewMenuSwitchesToTheDarkTheme(FxRobot robot) {
        robot.clickOn("View").clickOn("#menu-dark-theme");

        assertThat(Application.getUserAgentStylesheet()).contains("primer-dark");
        robot.interact(() -> window.model().darkThemeProperty().set(false));
        assertThat(Application.getUserAgentStylesheet()).contains("primer-light");
    }

    @Test
    void quitAsksTheApplicationToExit(FxRobot robot) {
        robot.clickOn("File").clickOn("Quit");
        assertThat(exitStatus.get()).isZero();
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
    }
}

package org.flowbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.flowbench.ingest.live.ExporterCounters;
import org.flowbench.store.DatasetInfo;
import org.flowbench.store.DatasetStatus;
import org.flowbench.testsupport.ExportDatagrams;
import org.flowbench.testsupport.SequencedExporter;
import org.flowbench.ui.explore.Counter;
import org.flowbench.ui.live.LiveViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The Live panel in the whole window, headless, over a real workspace and a real collector. */
class LiveWindowTest {
    /** Most work the FX thread may do between two pulses while a session runs: more is a felt stall. */
    private static final long MAX_STALL_MILLIS = 100;
    /** A freeze guard on the wall time between pulses, which also counts rendering and other threads (0262). */
    private static final long MAX_PULSE_GAP_MILLIS = 400;

    @TempDir static Path dir;
    @RegisterExtension final WindowFixture window = WindowFixture.onWorkspace(() -> dir.resolve("live-window.duckdb"));

    @Test
    void aSessionStartedFromThePanelShowsCountersAndChartThenCompletesItsDataset(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        TabPane tabs = robot.lookup("#work-areas").queryAs(TabPane.class);
        waitUntil(() -> tabs.getSelectionModel().getSelectedItem().getId().equals("tab-live"));
        assertThat(robot.lookup("#live-view").query().isVisible()).isTrue();

        robot.doubleClickOn("#live-listen").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("127.0.0.1:0");
        robot.clickOn("#live-dataset-name").write("window session");
        robot.clickOn("#live-start");

        LiveViewModel live = window.model().live();
        waitUntil(() -> live.phaseProperty().get() == LiveViewModel.Phase.RUNNING);
        ListView<DatasetInfo> datasets = robot.lookup("#dataset-list").queryListView();
        waitUntil(() -> datasets.getItems().stream()
                .anyMatch(d -> d.name().equals("window session") && d.status() == DatasetStatus.IMPORTING));

        PulseWatchdog watchdog = new PulseWatchdog();
        robot.interact(watchdog::start);
        InetSocketAddress to = live.sessionProperty().get().listening().get(0);
        try (SequencedExporter exporter = new SequencedExporter("127.0.0.1", to, ExportDatagrams.softflowdV5())) {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(4);
            while (System.nanoTime() < end) {
                exporter.send(3);
                Thread.sleep(100);
            }
            TableView<ExporterCounters> exporters = robot.lookup("#live-exporters").queryTableView();
            long sent = exporter.sent();
            waitUntil(() -> exporters.getItems().size() == 1 && exporters.getItems().get(0).datagrams() == sent);
            assertThat(exporters.getItems().get(0).sequenceGaps()).isZero();
            waitUntil(() -> window.view().liveView().pointCount() >= 3);
            TableView<Counter> counters = robot.lookup("#live-counters").queryTableView();
            assertThat(counters.getItems()).contains(new Counter("Datagrams received", String.valueOf(sent)));
            assertThat(robot.lookup("#live-rates").queryAs(Label.class).getText()).startsWith("now ").contains("; peak ");
        }
        robot.interact(watchdog::stop);

        robot.clickOn("#live-stop");

        waitUntil(() -> live.phaseProperty().get() == LiveViewModel.Phase.IDLE);
        assertThat(live.statusProperty().get()).isEqualTo(DatasetStatus.COMPLETE);
        waitUntil(() -> datasets.getSelectionModel().getSelectedItem() != null
                && datasets.getSelectionModel().getSelectedItem().name().equals("window session")
                && datasets.getSelectionModel().getSelectedItem().status() == DatasetStatus.COMPLETE);
        assertThat(robot.lookup("#live-error").queryAs(Label.class).getText()).isEmpty();
        System.err.println("LiveWindowTest: while the session ran, " + watchdog.summary());
        watchdog.assertNoStallOver(MAX_STALL_MILLIS, MAX_PULSE_GAP_MILLIS, "live session");
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
    }
}

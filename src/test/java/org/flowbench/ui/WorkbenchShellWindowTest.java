package org.flowbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerDark;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.flowbench.settings.Preferences;
import org.flowbench.settings.PreferencesFile;
import org.flowbench.store.DatasetInfo;
import org.flowbench.task.SameThreadTaskRunner;
import org.flowbench.ui.common.FxTaskRunner;
import org.flowbench.ui.common.SceneSnapshot;
import org.flowbench.ui.common.Themes;
import org.flowbench.ui.shell.AppPreferences;
import org.flowbench.ui.shell.WorkspaceSwitcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The shell headless (Monocle): the window stands before the workspace opens, then Preferences
 * switches it to the dark theme. Leaves target/screenshots/opening-workspace.png,
 * preferences-dialog.png and preferences-dark.png to look at.
 */
@ExtendWith(ApplicationExtension.class)
class WorkbenchShellWindowTest {
    private static final Path PICTURES = Path.of("target", "screenshots");
    private final FakeWorkbenchServices services = new FakeWorkbenchServices();
    private final FxTaskRunner runner = new FxTaskRunner();
    private final CountDownLatch workspaceMayOpen = new CountDownLatch(1);
    private Path preferencesFile;
    private WorkbenchShell shell;

    @Start
    void start(Stage stage) throws Exception {
        services.add("syn-flood.pcap", 40);
        services.add("dns-reflection.pcap", 7);
        Path dir = Files.createTempDirectory("shell-test");
        preferencesFile = dir.resolve("prefs.properties");
        AppPreferences prefs = AppPreferences.load(new PreferencesFile(preferencesFile), runner);
        WorkspaceSwitcher switcher = new WorkspaceSwitcher(file -> {
            workspaceMayOpen.await(20, TimeUnit.SECONDS);
            Files.writeString(file, "fake");
            return services;
        }, file -> "", runner, prefs);
        shell = WorkbenchShell.show(stage, switcher, prefs, runner, dir.resolve("lab.duckdb"), null, null, status -> { });
    }

    @Stop
    void stop() {
        Themes.apply(false);
        runner.close();
    }

    @Test
    void theWindowStandsBeforeTheWorkspaceOpensThenPreferencesSwitchToDark(FxRobot robot) throws Exception {
        Label opening = robot.lookup("#workspace-message").queryAs(Label.class);
        assertThat(opening.getText()).isEqualTo("Opening workspace lab.duckdb...");
        snapshot(robot, opening.getScene(), PICTURES.resolve("opening-workspace.png"));
        workspaceMayOpen.countDown();
        waitUntil(() -> robot.lookup("#dataset-list").tryQuery().isPresent());
        ListView<DatasetInfo> list = robot.lookup("#dataset-list").queryListView();
        waitUntil(() -> list.getItems().size() == 2);
        assertThat(((Stage) list.getScene().getWindow()).getTitle()).startsWith("Flowbench - ").endsWith("lab.duckdb");
        assertThat(robot.lookup("#enrichment-note").queryAs(Label.class).getText()).contains("No enrichment databases set");

        robot.push(KeyCode.CONTROL, KeyCode.COMMA);
        waitUntil(() -> robot.lookup("#pref-dark").tryQuery().isPresent());
        robot.clickOn("#pref-dark");
        assertThat(robot.lookup("#pref-dark").queryAs(CheckBox.class).isSelected()).isTrue();
        Scene dialog = robot.lookup("#preferences-dialog").query().getScene();
        snapshot(robot, dialog, PICTURES.resolve("preferences-dialog.png"));
        robot.clickOn("#pref-save");

        waitUntil(() -> Window.getWindows().stream().noneMatch(w -> w.getScene() == dialog));
        waitUntil(() -> new PrimerDark().getUserAgentStylesheet().equals(Application.getUserAgentStylesheet()));
        assertThat(shell.model().darkThemeProperty().get()).isTrue();
        waitUntil(() -> new PreferencesFile(preferencesFile).load().theme() == Preferences.Theme.DARK);
        WaitForAsyncUtils.waitForFxEvents();
        snapshot(robot, list.getScene(), PICTURES.resolve("preferences-dark.png"));
        assertThat(Files.size(PICTURES.resolve("preferences-dark.png"))).isPositive();
    }

    private static void snapshot(FxRobot robot, Scene scene, Path file) {
        robot.interact(() -> new SameThreadTaskRunner().run(SceneSnapshot.toPng(scene, file)));
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
    }
}

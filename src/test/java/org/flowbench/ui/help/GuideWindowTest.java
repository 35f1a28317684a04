package org.flowbench.ui.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.flowbench.ui.common.FxTaskRunner;
import org.flowbench.ui.common.SceneSnapshot;
import org.flowbench.ui.common.Themes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/** Help > User guide, headless: the guide renders, its links move between headings and pages, Back returns. */
@ExtendWith(ApplicationExtension.class)
class GuideWindowTest {
    private static final Path SCREENSHOT = Path.of("target", "screenshots", "guide.png");
    private final FxTaskRunner runner = new FxTaskRunner();
    private GuideWindow guide;

    @Start
    void start(Stage stage) {
        Themes.apply(false);
        stage.setScene(new Scene(new StackPane(), 200, 100));
        stage.show();
        guide = new GuideWindow(stage, runner);
        guide.show();
    }

    @Stop
    void stop() {
        runner.close();
    }

    @Test
    void theGuideOpensOnItsContentsWithHeadingsAndPictures(FxRobot robot) throws Exception {
        waitUntil(() -> guide.view() != null);
        assertThat(guide.view().anchors()).containsKeys("import", "explore", "detect", "mitigate", "report",
                "training-labs", "keyboard-shortcuts");
        var pictures = robot.lookup(".guide-picture").queryAllAs(javafx.scene.image.ImageView.class);
        assertThat(pictures).isNotEmpty();
        // loaded in the background: wait for them, so that they are in the picture and known to decode
        waitUntil(() -> pictures.stream().allMatch(v -> v.getImage().getProgress() >= 1.0));
        assertThat(pictures).allSatisfy(v -> {
            assertThat(v.getImage().isError()).as("picture " + v.getImage().getUrl()).isFalse();
            assertThat(v.getImage().getWidth()).isPositive();
        });

        Path png = WaitForAsyncUtils.asyncFx(() -> runner.run(SceneSnapshot.toPng(guide.stage().getScene(), SCREENSHOT)))
                .get(10, TimeUnit.SECONDS) == null ? null : SCREENSHOT;
        waitUntil(() -> SCREENSHOT.toFile().length() > 10_000);
        assertThat(png).exists();
    }

    @Test
    void aHeadingLinkScrollsAndBackReturnsToTheTop(FxRobot robot) throws TimeoutException {
        waitUntil(() -> guide.view() != null);
        ScrollPane scroll = robot.lookup("#guide-scroll").queryAs(ScrollPane.class);
        Hyperlink training = robot.lookup(".guide-link").queryAllAs(Hyperlink.class).stream()
                .filter(l -> "#training-labs".equals(l.getUserData())).findFirst().orElseThrow();

        robot.interact(training::fire);
        waitUntil(() -> scroll.getVvalue() > 0.5);

        robot.interact(() -> robot.lookup("#guide-back").queryAs(Button.class).fire());
        waitUntil(() -> scroll.getVvalue() == 0);
    }

    @Test
    void aPageLinkOpensThatPageAndBackComesHome(FxRobot robot) throws TimeoutException {
        waitUntil(() -> guide.view() != null);
        MarkdownView home = guide.view();
        robot.interact(() -> guide.follow("filter-language.md"));
        waitUntil(() -> guide.view() != home);
        assertThat(robot.lookup("#guide-status").queryAs(Label.class).getText()).isEqualTo("filter-language.md");

        robot.interact(() -> robot.lookup("#guide-back").queryAs(Button.class).fire());
        waitUntil(() -> "user-guide.md".equals(robot.lookup("#guide-status").queryAs(Label.class).getText()));
        assertThat(guide.view().anchors()).containsKey("explore");
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
    }
}

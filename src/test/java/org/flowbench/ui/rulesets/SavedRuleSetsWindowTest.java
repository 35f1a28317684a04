package org.flowbench.ui.rulesets;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.flowbench.flowspec.dialect.Dialects;
import org.flowbench.flowspec.dialect.FlowbenchJson;
import org.flowbench.store.RuleSetKind;
import org.flowbench.store.StoredRuleSet;
import org.flowbench.ui.WindowFixture;
import org.flowbench.ui.detect.RuleEditorViewModel;
import org.flowbench.ui.mitigate.RulesViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole window, headless (Monocle), over an empty workspace: Detect and Mitigate save their
 * rules in the workspace, refuse a taken name until Replace is ticked, and open them again.
 */
class SavedRuleSetsWindowTest {
    static final String FLOWSPEC = """
            {"flowbench-flowspec": 1, "rules": [
              {"name": "ntp", "family": "ipv4",
               "match": {"destination": "203.0.113.10/32", "protocol": "=udp", "source-port": "=123"},
               "then": {"discard": true}}]}
            """;

    @TempDir static Path dir;
    @RegisterExtension final WindowFixture window = WindowFixture.onNewWorkspace(dir, ws -> { });

    @Test
    void detectSavesItsRulesRefusesATakenNameUntilReplaceAndOpensThemAgain(FxRobot robot) throws Exception {
        RuleEditorViewModel editor = window.model().detect().editor();
        waitUntil(() -> !editor.textProperty().get().isEmpty());
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#detect-view").tryQuery().map(n -> n.isVisible()).orElse(false));
        String preset = editor.textProperty().get();

        robot.clickOn("#detect-rules-menu").clickOn("#detect-save-workspace");
        waitUntil(() -> dialogOpen(robot));
        robot.clickOn("#saved-rule-set-name").write("edge rules");
        robot.clickOn("#saved-rule-set-ok");
        waitUntil(() -> !dialogOpen(robot));
        StoredRuleSet saved = window.services().ruleSets().load(RuleSetKind.DETECTION, "edge rules");
        assertThat(saved.text()).isEqualTo(preset);
        assertThat(saved.format()).isEqualTo("json");
        assertThat(editor.sourceProperty().get()).isEqualTo("workspace rule set edge rules");

        robot.clickOn("#detect-rules-menu").clickOn("#detect-save-workspace");
        waitUntil(() -> dialogOpen(robot));
        TableView<StoredRuleSet> table = robot.lookup("#saved-rule-sets").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 1);
        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#saved-rule-set-ok");
        waitUntil(() -> robot.lookup("#saved-rule-set-error").queryLabeled().getText().contains("tick Replace"));
        robot.clickOn("#saved-rule-set-replace");
        robot.clickOn("#saved-rule-set-ok");
        waitUntil(() -> !dialogOpen(robot));

        robot.interact(() -> editor.textProperty().set("{\"rules\": []}"));
        robot.clickOn("#detect-rules-menu").clickOn("#detect-open-workspace");
        waitUntil(() -> dialogOpen(robot));
        TableView<StoredRuleSet> listed = robot.lookup("#saved-rule-sets").queryAs(TableView.class);
        waitUntil(() -> listed.getItems().size() == 1);
        assertThat(listed.getItems().get(0).ruleCount()).isPositive();
        robot.interact(() -> listed.getSelectionModel().select(0));
        robot.clickOn("#saved-rule-set-ok");
        waitUntil(() -> !dialogOpen(robot));
        waitUntil(() -> editor.textProperty().get().equals(preset));
        assertThat(editor.errorProperty().get()).isEmpty();
    }

    @Test
    void mitigateSavesTheEditorsRulesAsFlowbenchJsonAndOpensThemInItsDialect(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        TabPane areas = robot.lookup("#work-areas").queryAs(TabPane.class);
        waitUntil(() -> areas.getSelectionModel().getSelectedItem().getId().equals("tab-mitigate"));
        RulesViewModel rules = window.model().mitigate().rules();
        String exabgp = Dialects.named(rules.dialectProperty().get()).orElseThrow().write(new FlowbenchJson().read(FLOWSPEC));

        robot.interact(() -> rules.textProperty().set("this is not a rule"));
        robot.clickOn("#rules-save-workspace");
        waitUntil(() -> dialogOpen(robot));
        robot.clickOn("#saved-rule-set-name").write("ntp drop");
        robot.clickOn("#saved-rule-set-ok");
        waitUntil(() -> robot.lookup("#saved-rule-set-error").queryLabeled().getText().startsWith("The rules are not valid"));
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !dialogOpen(robot));
        assertThat(window.services().ruleSets().list(RuleSetKind.FLOWSPEC)).isEmpty();

        robot.interact(() -> {
            rules.textProperty().set(exabgp);
            rules.validate();
        });
        robot.clickOn("#rules-save-workspace");
        waitUntil(() -> dialogOpen(robot));
        assertThat(robot.lookup("#saved-rule-set-name").queryTextInputControl().getText()).as("offered again").isEqualTo("ntp drop");
        assertThat(robot.lookup("#saved-rule-set-error").queryLabeled().getText()).as("a new attempt").isEmpty();
        robot.clickOn("#saved-rule-set-ok");
        waitUntil(() -> !dialogOpen(robot));
        StoredRuleSet saved = window.services().ruleSets().load(RuleSetKind.FLOWSPEC, "ntp drop");
        assertThat(saved.format()).isEqualTo("json");
        assertThat(new FlowbenchJson().read(saved.text())).isEqualTo(new FlowbenchJson().read(FLOWSPEC));

        robot.interact(() -> {
            rules.textProperty().set("");
            rules.validate();
        });
        robot.clickOn("#rules-open-workspace");
        waitUntil(() -> dialogOpen(robot));
        TableView<StoredRuleSet> table = robot.lookup("#saved-rule-sets").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 1);
        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#saved-rule-set-ok");
        waitUntil(() -> !dialogOpen(robot));
        waitUntil(() -> rules.validProperty().get());
        assertThat(rules.textProperty().get()).isEqualTo(exabgp);
    }

    private static boolean dialogOpen(FxRobot robot) {
        return robot.lookup("#saved-rule-set-name").tryQuery().isPresent();
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
    }
}

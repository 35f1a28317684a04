package org.flowbench.ui.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.flowbench.store.Incident;
import org.flowbench.store.IncidentKind;
import org.flowbench.ui.WindowFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window over a real workspace (dns-amplification sample), headless: narrow Explore to the
 * victim and a range, Mark incident..., name it, save, see it in the Incidents tab, edit it, delete it;
 * Ctrl+I opens the same form.
 */
class MarkIncidentWindowTest {
    private static final String VICTIM = "198.51.100.20";
    @TempDir static Path dir;
    @RegisterExtension final WindowFixture window = WindowFixture.onWorkspace(() -> SampleExplore.workspaceAtHome(dir));

    @BeforeAll
    static void importSample() throws Exception {
        SampleExplore.writeWorkspace(dir);
    }

    @Test
    @SuppressWarnings("unchecked")
    void markTheShownRangeAsAnAttackAndSeeItListedThenDeleteIt(FxRobot robot) throws Exception {
        ExploreViewModel explore = window.model().explore();
        waitUntil(() -> !explore.rows().isEmpty());
        Instant from = explore.range().spanFirst().plusSeconds(10), to = from.plusSeconds(30);
        robot.interact(() -> explore.open("dst_addr = " + VICTIM, from, to));
        waitUntil(() -> explore.rows().size() == 1);

        robot.clickOn("#explore-mark-incident");
        waitUntil(() -> robot.lookup("#incident-name").tryQuery().isPresent());
        assertThat(robot.lookup("#incident-victim").queryTextInputControl().getText()).isEqualTo(VICTIM);
        robot.clickOn("#incident-name").write("reflection flood");
        robot.clickOn("#incident-save");

        robot.interact(() -> robot.lookup("#detail-tabs").queryAs(TabPane.class).getSelectionModel().select(2));
        TableView<Incident> table = robot.lookup("#incidents-table").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 1);
        Incident listed = table.getItems().get(0);
        assertThat(listed.name()).isEqualTo("reflection flood");
        assertThat(listed.kind()).isEqualTo(IncidentKind.ATTACK);
        assertThat(listed.start()).isEqualTo(from);
        assertThat(listed.end()).isEqualTo(to);
        assertThat(listed.victim()).isEqualTo(VICTIM);
        assertThat(listed.datasetId()).isEqualTo(explore.datasets().get(0).id());
        assertThat(window.services().detect().incidents(java.util.List.of(listed.datasetId())))
                .extracting(Incident::name).containsExactly("reflection flood");

        // Edit... (or a double click) opens the form on the stored incident: relabel it as benign
        robot.clickOn("reflection flood");
        robot.clickOn("#incidents-edit");
        waitUntil(() -> robot.lookup("#incident-name").tryQuery().isPresent());
        assertThat(robot.lookup("#incident-name").queryTextInputControl().getText()).isEqualTo("reflection flood");
        robot.interact(() -> robot.lookup("#incident-kind").queryComboBox().getSelectionModel().select(IncidentKind.BENIGN));
        robot.clickOn("#incident-save");
        waitUntil(() -> table.getItems().size() == 1 && table.getItems().get(0).kind() == IncidentKind.BENIGN);
        assertThat(table.getItems().get(0).id()).isEqualTo(listed.id());
        assertThat(table.getItems().get(0).start()).isEqualTo(from);

        robot.clickOn("reflection flood");
        robot.clickOn("#incidents-delete");
        waitUntil(() -> table.getItems().isEmpty());

        // View > Mark incident (Ctrl+I) opens the same form; Escape leaves it without saving
        robot.press(KeyCode.CONTROL, KeyCode.I).release(KeyCode.I, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#incident-name").tryQuery().isPresent());
        assertThat(robot.lookup("#incident-filter").queryTextInputControl().getText()).isEqualTo("dst_addr = " + VICTIM);
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#incident-name").tryQuery().isEmpty());
        assertThat(window.services().detect().incidents(java.util.List.of(listed.datasetId()))).isEmpty();
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition::getAsBoolean);
    }
}

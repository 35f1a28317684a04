package org.flowbench.ui.help;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToolBar;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.flowbench.task.BackgroundTask;
import org.flowbench.task.TaskRunner;

/**
 * Help ▸ User guide: the guide's Markdown pages in a window of their own, with links between
 * pages and headings and a Back button. Pages load through the task runner (no I/O on the FX thread).
 */
public final class GuideWindow {
    private record Location(String page, String anchor) {}

    private final Stage stage = new Stage();
    private final TaskRunner runner;
    private final ScrollPane scroll = new ScrollPane();
    private final Label status = new Label();
    private final Button back = new Button("Back");
    private final Deque<Location> history = new ArrayDeque<>();
    private Location current;
    private MarkdownView view;

    public GuideWindow(Window owner, TaskRunner runner) {
        this.runner = runner;
        stage.initOwner(owner);
        stage.setTitle("Flowbench user guide");
        back.setId("guide-back");
        back.setOnAction(e -> goBack());
        back.setDisable(true);
        Button home = new Button("Contents");
        home.setOnAction(e -> open(new Location(GuidePages.HOME, null), true));
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        status.setId("guide-status");
        scroll.setId("guide-scroll");
        scroll.setFitToWidth(true);
        BorderPane root = new BorderPane(scroll, new ToolBar(back, home, spring, status), null, null, null);
        Scene scene = new Scene(root, 860, 720);
        scene.getStylesheets().add(GuideWindow.class.getResource("guide.css").toExternalForm());
        stage.setScene(scene);
    }

    /** Shows the guide's first page. */
    public void show() {
        if (current == null) open(new Location(GuidePages.HOME, null), false);
        stage.show();
        stage.toFront();
    }

    public Stage stage() { return stage; }

    /** The page on screen, for tests; null before the first one loaded. */
    public MarkdownView view() { return view; }

    /** Follows a link as written in the Markdown. */
    public void follow(String destination) {
        GuideLink link = GuideLink.parse(destination);
        switch (link.kind()) {
            case ANCHOR -> {
                history.push(current);
                back.setDisable(false);
                current = new Location(current.page(), link.anchor());
                scrollTo(link.anchor());
            }
            case PAGE -> open(new Location(link.page(), link.anchor()), true);
            case EXTERNAL -> {
                // the workbench is offline-first: hand the address over rather than launch a browser
                ClipboardContent content = new ClipboardContent();
                content.putString(link.url());
                Clipboard.getSystemClipboard().setContent(content);
                status.setText("Address copied: " + link.url());
            }
        }
    }

    private void open(Location target, boolean remember) {
        status.setText("Opening " + target.page() + "…");
        runner.run(BackgroundTask.of("Opening the user guide", (progress, cancel) -> GuidePages.read(target.page()))
                .onSuccess(markdown -> {
                    if (remember && current != null) {
                        history.push(current);
                        back.setDisable(false);
                    }
                    display(target, markdown);
                })
                .onFailure(error -> status.setText(error.getMessage())));
    }

    private void goBack() {
        if (history.isEmpty()) return;
        Location previous = history.pop();
        back.setDisable(history.isEmpty());
        if (current != null && previous.page().equals(current.page())) {
            current = previous;
            if (previous.anchor() == null) scroll.setVvalue(0);
            else scrollTo(previous.anchor());
        } else {
            open(previous, false);
        }
    }

    private void display(Location target, String markdown) {
        current = target;
        view = MarkdownView.render(markdown, this::follow);
        scroll.setContent(view.content());
        status.setText(target.page());
        scroll.setVvalue(0);
        if (target.anchor() != null) scrollTo(target.anchor());
    }

    private void scrollTo(String anchor) {
        Node heading = view.anchors().get(anchor);
        if (heading == null) {
            status.setText("No heading #" + anchor + " on " + current.page());
            return;
        }
        // after the next layout pass the heading's position in the page is known
        Platform.runLater(() -> {
            Node content = scroll.getContent();
            Bounds inContent = content.sceneToLocal(heading.localToScene(heading.getBoundsInLocal()));
            double range = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
            scroll.setVvalue(range <= 0 ? 0 : Math.min(1, Math.max(0, inContent.getMinY() / range)));
        });
    }
}

package org.flowbench.ui.explore.filter;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import org.flowbench.filter.FilterHighlighting;
import org.flowbench.filter.Suggestion;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.reactfx.Subscription;

/**
 * A one-line filter editor: syntax colours from the filter lexer, the syntax error underlined
 * with its message below (checked 150 ms after typing stops), completion in a popup (Ctrl+Space
 * and while typing; Enter/Tab accepts, Esc closes), Up/Down through the history, saved filters
 * in a menu. Enter with the popup closed applies the filter.
 */
public final class FilterEditor extends VBox {
    static final Duration CHECK_DELAY = Duration.ofMillis(150);

    private final FilterEditorViewModel model;
    private final CodeArea area = new CodeArea();
    private final Label message = new Label();
    private final ListView<Suggestion> list = new ListView<>();
    private final Popup popup = new Popup();
    private final MenuButton savedMenu = new MenuButton("Saved");
    private boolean syncing;
    private final Subscription checks;

    public FilterEditor(FilterEditorViewModel model) {
        this.model = model;
        getStyleClass().add("filter-editor");
        setId("filter-editor");
        area.setId("filter-text");
        area.getStyleClass().add("filter-text");
        area.setWrapText(false);
        area.setPrefHeight(30);
        area.setMinHeight(30);
        area.setMaxHeight(30);
        HBox.setHgrow(area, Priority.ALWAYS);
        Tooltip.install(area, new Tooltip("Filter, e.g. dst_addr << 198.51.100.0/24 AND proto = UDP\n"
                + "Ctrl+Space: complete  Enter: apply  Up/Down: history"));

        Button apply = new Button("Apply");
        apply.setId("filter-apply");
        apply.setOnAction(e -> model.apply());
        savedMenu.setId("filter-saved");
        model.savedNames().addListener((javafx.collections.ListChangeListener<String>) c -> rebuildSavedMenu());
        rebuildSavedMenu();
        HBox row = new HBox(6, new Label("Filter"), area, apply, savedMenu);
        row.setAlignment(Pos.CENTER_LEFT);

        message.setId("filter-message");
        message.getStyleClass().add("filter-message");
        message.textProperty().bind(model.errorProperty());
        message.visibleProperty().bind(model.errorProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        getChildren().addAll(row, message);
        setSpacing(2);

        list.setId("filter-suggestions");
        list.getStyleClass().add("filter-suggestions");
        list.setPrefSize(360, 200);
        list.setCellFactory(v -> new SuggestionCell());
        list.setOnMouseClicked(e -> { if (e.getClickCount() == 2) acceptSelected(); });
        // Where the popup window takes the keys itself (some platforms), it must answer them the same way.
        list.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.TAB) {
                acceptSelected();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                model.closeSuggestions();
                e.consume();
            }
        });
        popup.getContent().add(list);
        popup.setAutoHide(true);
        model.suggestions().addListener((javafx.collections.ListChangeListener<Suggestion>) c -> showSuggestions());

        area.replaceText(model.textProperty().get());
        area.textProperty().addListener((obs, old, now) -> {
            if (syncing) return;
            syncing = true;
            model.textProperty().set(now);
            syncing = false;
            highlight();
        });
        model.textProperty().addListener((obs, old, now) -> {
            if (syncing || now.equals(area.getText())) return;
            syncing = true;
            area.replaceText(now);
            area.moveTo(now.length());
            syncing = false;
            highlight();
        });
        model.errorOffsetProperty().addListener((obs, old, now) -> highlight());
        // Check (and complete) once typing pauses; not on every key, which the lexer would manage but the popup would flicker.
        checks = area.plainTextChanges().filter(ch -> !syncing).successionEnds(CHECK_DELAY).subscribe(ch -> {
            model.validate();
            if (!ch.getInserted().isBlank() || popup.isShowing()) model.complete(area.getCaretPosition());
        });
        area.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        highlight();
    }

    /** The text area (tests type into it). */
    public CodeArea area() { return area; }

    public boolean suggestionsShowing() { return popup.isShowing(); }

    public void dispose() { checks.unsubscribe(); }

    private void keyPressed(KeyEvent e) {
        boolean open = popup.isShowing();
        if (e.getCode() == KeyCode.SPACE && e.isControlDown()) {
            model.complete(area.getCaretPosition());
        } else if (open && (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.TAB)) {
            acceptSelected();
        } else if (open && e.getCode() == KeyCode.ESCAPE) {
            model.closeSuggestions();
        } else if (open && (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.UP)) {
            int i = list.getSelectionModel().getSelectedIndex() + (e.getCode() == KeyCode.DOWN ? 1 : -1);
            list.getSelectionModel().select(Math.max(0, Math.min(i, list.getItems().size() - 1)));
            list.scrollTo(list.getSelectionModel().getSelectedIndex());
        } else if (e.getCode() == KeyCode.ENTER) {
            model.apply();
        } else if (e.getCode() == KeyCode.UP) {
            model.historyBack();
        } else if (e.getCode() == KeyCode.DOWN) {
            model.historyForward();
        } else {
            return;
        }
        e.consume();
    }

    private void acceptSelected() {
        Suggestion s = list.getSelectionModel().getSelectedItem();
        if (s == null && !list.getItems().isEmpty()) s = list.getItems().get(0);
        if (s == null) return;
        int caret = model.accept(s);
        area.moveTo(Math.min(caret, area.getLength()));
        area.requestFocus();
    }

    private void showSuggestions() {
        List<Suggestion> items = List.copyOf(model.suggestions());
        list.getItems().setAll(items);
        if (items.isEmpty() || getScene() == null || !area.isFocused() && !popup.isShowing()) {
            popup.hide();
            return;
        }
        list.getSelectionModel().select(0);
        if (!popup.isShowing()) {
            Optional<Bounds> caret = area.getCaretBounds();
            Bounds at = caret.orElse(area.localToScreen(area.getBoundsInLocal()));
            if (at != null) popup.show(area, at.getMinX(), at.getMaxY() + 2);
        }
    }

    private void highlight() {
        String text = area.getText();
        List<FilterHighlighting.Span> spans = FilterHighlighting.spans(text);
        int errorAt = model.errorOffsetProperty().get();
        int errorFrom = -1, errorTo = -1;
        if (errorAt >= 0 && !text.isEmpty()) {
            errorFrom = Math.min(errorAt, text.length() - 1);
            errorTo = text.length();
            for (FilterHighlighting.Span s : spans) {
                if (s.start() <= errorFrom && errorFrom < s.end()) { errorTo = s.end(); break; }
            }
            if (errorAt >= text.length()) errorTo = text.length();
        }
        StyleSpansBuilder<Collection<String>> b = new StyleSpansBuilder<>();
        int[] styleAt = new int[text.length()];
        java.util.Arrays.fill(styleAt, -1);
        for (FilterHighlighting.Span s : spans) {
            for (int i = s.start(); i < s.end() && i < text.length(); i++) styleAt[i] = s.style().ordinal();
        }
        int i = 0;
        while (i < text.length()) {
            int j = i;
            boolean err = i >= errorFrom && i < errorTo;
            while (j < text.length() && styleAt[j] == styleAt[i] && (j >= errorFrom && j < errorTo) == err) j++;
            b.add(classes(styleAt[i], err), j - i);
            i = j;
        }
        if (text.isEmpty()) b.add(List.of(), 0);
        StyleSpans<Collection<String>> styles = b.create();
        area.setStyleSpans(0, styles);
    }

    private static Collection<String> classes(int style, boolean error) {
        String name = style < 0 ? null : "filter-" + FilterHighlighting.Style.values()[style].name().toLowerCase(Locale.ROOT);
        if (name == null) return error ? List.of("filter-error") : List.of();
        return error ? List.of(name, "filter-error") : List.of(name);
    }

    private void rebuildSavedMenu() {
        MenuItem save = new MenuItem("Save current as...");
        save.setId("filter-save-as");
        save.setOnAction(e -> {
            TextInputDialog ask = new TextInputDialog();
            ask.setTitle("Save filter");
            ask.setHeaderText("Name for the filter\n" + model.textProperty().get());
            if (getScene() != null) ask.initOwner(getScene().getWindow());
            ask.showAndWait().filter(n -> !n.isBlank()).ifPresent(model::saveAs);
        });
        savedMenu.getItems().setAll(save);
        if (!model.savedNames().isEmpty()) savedMenu.getItems().add(new SeparatorMenuItem());
        for (String name : model.savedNames()) {
            MenuItem pick = new MenuItem(name);
            pick.setOnAction(e -> model.pickSaved(name));
            savedMenu.getItems().add(pick);
        }
    }

    private static final class SuggestionCell extends ListCell<Suggestion> {
        @Override
        protected void updateItem(Suggestion s, boolean empty) {
            super.updateItem(s, empty);
            if (empty || s == null) {
                setText(null);
                getStyleClass().removeIf(c -> c.startsWith("suggestion-"));
                return;
            }
            String detail = s.detail() == null || s.detail().isBlank() ? "" : "   " + s.detail();
            setText(s.insertText() + detail);
            getStyleClass().removeIf(c -> c.startsWith("suggestion-"));
            getStyleClass().add("suggestion-" + s.kind().name().toLowerCase(Locale.ROOT));
        }
    }
}

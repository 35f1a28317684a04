package org.flowbench.ui;

import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** The keyboard shortcuts, in one list so the menus and the Help dialog agree. */
public enum Shortcut {
    IMPORT(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN), "Import a capture"),
    QUIT(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN), "Quit"),
    REFRESH(new KeyCodeCombination(KeyCode.F5), "Reload the dataset list"),
    EXPLORE(new KeyCodeCombination(KeyCode.DIGIT1, KeyCombination.SHORTCUT_DOWN), "Show the Explore work area"),
    MARK_INCIDENT(new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN),
            "Mark Explore's range and filter as an incident"),
    LIVE(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN), "Show the Live panel (collector, capture)"),
    DARK_THEME(new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
            "Switch between light and dark theme"),
    MITIGATE(new KeyCodeCombination(KeyCode.DIGIT3, KeyCombination.SHORTCUT_DOWN), "Open the Mitigate area (Flowspec rules)"),
    DETECT_AREA(new KeyCodeCombination(KeyCode.DIGIT2, KeyCombination.SHORTCUT_DOWN), "Show the Detect work area"),
    REPORT_AREA(new KeyCodeCombination(KeyCode.DIGIT4, KeyCombination.SHORTCUT_DOWN), "Show the Report work area (post-mortem)"),
    CANCEL_TASK(new KeyCodeCombination(KeyCode.ESCAPE), "Cancel the newest running task"),
    USER_GUIDE(new KeyCodeCombination(KeyCode.F1), "Open the user guide"),
    SHORTCUTS(new KeyCodeCombination(KeyCode.SLASH, KeyCombination.SHORTCUT_DOWN), "Show this list"),
    PREFERENCES(new KeyCodeCombination(KeyCode.COMMA, KeyCombination.SHORTCUT_DOWN), "Preferences"),
    NEW_WORKSPACE(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
            "Create a new workspace"),
    OPEN_WORKSPACE(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
            "Open another workspace"),
    RENAME_DATASET(new KeyCodeCombination(KeyCode.F2), "Rename the selected dataset");

    private final KeyCombination keys;
    private final String description;

    Shortcut(KeyCombination keys, String description) {
        this.keys = keys;
        this.description = description;
    }

    public KeyCombination keys() { return keys; }

    public String description() { return description; }

    public static List<Shortcut> all() { return List.of(values()); }
}

package org.flowbench.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.flowbench.store.DatasetInfo;
import org.flowbench.ui.common.Icons;
import org.flowbench.ui.shell.WorkspaceSwitcher;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.kordamp.ikonli.materialdesign2.MaterialDesignW;

/** The shell's menu items: workspaces and preferences in File, the dataset commands. */
final class ShellMenus {
    /** The dataset commands the window offers; each gets the selected dataset. */
    interface DatasetCommands {
        void rename(DatasetInfo d);

        void delete(DatasetInfo d);

        void export(DatasetInfo d);

        void enrich(DatasetInfo d);

        void importTable();
    }

    private ShellMenus() {}

    /** New, Open, Open recent, for the top of the File menu. */
    static List<MenuItem> workspaceItems(WorkspaceSwitcher switcher, Window owner) {
        MenuItem create = item("_New workspace...", MaterialDesignF.FOLDER_PLUS_OUTLINE, Shortcut.NEW_WORKSPACE,
                () -> choose(owner, true).ifPresent(switcher::open));
        create.setId("menu-new-workspace");
        MenuItem open = item("Open _workspace...", MaterialDesignF.FOLDER_OPEN_OUTLINE, Shortcut.OPEN_WORKSPACE,
                () -> choose(owner, false).ifPresent(switcher::open));
        open.setId("menu-open-workspace");
        Menu recent = new Menu("Open _recent", Icons.of(MaterialDesignH.HISTORY));
        recent.setId("menu-recent");
        Runnable fill = () -> {
            recent.getItems().clear();
            for (Path p : switcher.recent()) recent.getItems().add(item(p.toString(), null, null, () -> switcher.open(p)));
            recent.setDisable(recent.getItems().isEmpty());
        };
        fill.run();
        switcher.recent().addListener((javafx.collections.ListChangeListener<Path>) c -> fill.run());
        return List.of(create, open, recent, new SeparatorMenuItem());
    }

    static MenuItem preferences(Runnable show) {
        MenuItem item = item("_Preferences...", MaterialDesignC.COG_OUTLINE, Shortcut.PREFERENCES, show);
        item.setId("menu-preferences");
        return item;
    }

    /** The Dataset menu; items for one dataset are disabled while none is selected. */
    static Menu datasetMenu(ObservableValue<DatasetInfo> selected, DatasetCommands commands) {
        Menu menu = new Menu("_Dataset");
        menu.setId("menu-dataset");
        menu.getItems().addAll(datasetItems(selected, commands));
        return menu;
    }

    /** The same commands, for the sidebar's context menu. */
    static List<MenuItem> datasetItems(ObservableValue<DatasetInfo> selected, DatasetCommands commands) {
        MenuItem rename = forSelected("_Rename...", MaterialDesignP.PENCIL_OUTLINE, Shortcut.RENAME_DATASET, selected,
                () -> commands.rename(selected.getValue()));
        MenuItem export = forSelected("_Export to Parquet or CSV...", MaterialDesignE.EXPORT, null, selected,
                () -> commands.export(selected.getValue()));
        MenuItem enrich = forSelected("E_nrich (countries, AS)", MaterialDesignW.WEB, null, selected,
                () -> commands.enrich(selected.getValue()));
        MenuItem delete = forSelected("_Delete...", MaterialDesignD.DELETE_OUTLINE, null, selected,
                () -> commands.delete(selected.getValue()));
        MenuItem table = item("_Import flow table (Parquet, CSV)...", MaterialDesignT.TABLE_ARROW_LEFT, null,
                commands::importTable);
        rename.setId("menu-dataset-rename");
        delete.setId("menu-dataset-delete");
        export.setId("menu-dataset-export");
        return List.of(rename, export, enrich, table, new SeparatorMenuItem(), delete);
    }

    private static MenuItem forSelected(String text, Ikon icon, Shortcut shortcut, ObservableValue<DatasetInfo> selected,
                                        Runnable action) {
        MenuItem item = item(text, icon, shortcut, action);
        item.setDisable(selected.getValue() == null);
        selected.addListener((obs, old, now) -> item.setDisable(now == null));
        return item;
    }

    private static java.util.Optional<Path> choose(Window owner, boolean create) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(create ? "New workspace" : "Open workspace");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Flowbench workspaces", "*.duckdb"),
                new FileChooser.ExtensionFilter("All files", "*"));
        if (create) chooser.setInitialFileName("workspace.duckdb");
        File f = create ? chooser.showSaveDialog(owner) : chooser.showOpenDialog(owner);
        return java.util.Optional.ofNullable(f).map(File::toPath);
    }

    private static MenuItem item(String text, Ikon icon, Shortcut shortcut, Runnable action) {
        MenuItem item = icon == null ? new MenuItem(text) : new MenuItem(text, Icons.of(icon));
        item.setMnemonicParsing(icon != null);
        if (shortcut != null) item.setAccelerator(shortcut.keys());
        item.setOnAction(e -> action.run());
        return item;
    }
}

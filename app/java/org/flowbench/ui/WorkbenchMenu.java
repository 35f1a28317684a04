package org.flowbench.ui;

import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.flowbench.ui.common.Icons;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignK;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/** The menu bar: File, View, Help, with the accelerators of {@link Shortcut}. */
final class WorkbenchMenu {
    /** What the menu asks the window to do; dialogs and quitting belong to the view. */
    interface Actions {
        void importFiles();

        void quit();

        void about();

        void shortcuts();

        void userGuide();

        void showMitigate();

        /** Explore's "Mark incident..." dialog. */
        default void markIncident() { }
    }

    private WorkbenchMenu() {}

    static MenuBar create(WorkbenchViewModel model, Actions actions) {
        Menu file = new Menu("_File");
        file.getItems().addAll(
                item("_Import...", MaterialDesignF.FILE_IMPORT, Shortcut.IMPORT, actions::importFiles),
                new SeparatorMenuItem(),
                item("_Quit", MaterialDesignE.EXIT_TO_APP, Shortcut.QUIT, actions::quit));
        file.getItems().get(0).setId("menu-import");

        MenuItem live = item("_Live collector and capture", MaterialDesignA.ACCESS_POINT_NETWORK, Shortcut.LIVE,
                model::showLive);
        live.setId("menu-live");
        CheckMenuItem dark = new CheckMenuItem("_Dark theme", Icons.of(MaterialDesignT.THEME_LIGHT_DARK));
        dark.setId("menu-dark-theme");
        dark.setAccelerator(Shortcut.DARK_THEME.keys());
        dark.selectedProperty().bindBidirectional(model.darkThemeProperty());
        Menu view = new Menu("_View");
        view.getItems().addAll(
                item("_Refresh datasets", MaterialDesignR.REFRESH, Shortcut.REFRESH, model::refresh),
                item("_Mitigate", MaterialDesignS.SHIELD_OUTLINE, Shortcut.MITIGATE, actions::showMitigate),
                new SeparatorMenuItem(),
                item("_Explore", MaterialDesignC.CHART_AREASPLINE, Shortcut.EXPLORE,
                        () -> model.workAreaProperty().set(WorkArea.EXPLORE)),
                item("Mark _incident...", MaterialDesignF.FLAG_OUTLINE, Shortcut.MARK_INCIDENT, actions::markIncident),
                live,
                new SeparatorMenuItem(),
                item("_Detect", MaterialDesignA.ALARM_LIGHT_OUTLINE, Shortcut.DETECT_AREA, () -> model.workAreaProperty().set(WorkArea.DETECT)),
                item("_Report", MaterialDesignF.FILE_DOCUMENT_OUTLINE, Shortcut.REPORT_AREA,
                        () -> model.workAreaProperty().set(WorkArea.REPORT)),
                new SeparatorMenuItem(),
                dark);

        Menu help = new Menu("_Help");
        help.getItems().addAll(
                item("_User guide", MaterialDesignB.BOOK_OPEN_PAGE_VARIANT_OUTLINE, Shortcut.USER_GUIDE, actions::userGuide),
                item("_Keyboard shortcuts", MaterialDesignK.KEYBOARD, Shortcut.SHORTCUTS, actions::shortcuts),
                item("_About Flowbench", MaterialDesignI.INFORMATION_OUTLINE, null, actions::about));
        return new MenuBar(file, view, help);
    }

    private static MenuItem item(String text, Ikon icon, Shortcut shortcut, Runnable action) {
        MenuItem item = new MenuItem(text, Icons.of(icon));
        if (shortcut != null) item.setAccelerator(shortcut.keys());
        item.setOnAction(e -> action.run());
        return item;
    }
}

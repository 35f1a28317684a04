package org.flowbench.ui;

import java.nio.file.Path;
import java.util.function.IntConsumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.flowbench.settings.Preferences;
import org.flowbench.store.DatasetInfo;
import org.flowbench.task.TaskRunner;
import org.flowbench.ui.common.Themes;
import org.flowbench.ui.datasets.DatasetActionsViewModel;
import org.flowbench.ui.live.FxTicker;
import org.flowbench.ui.shell.AppPreferences;
import org.flowbench.ui.shell.DatasetDialogs;
import org.flowbench.ui.shell.PreferencesDialog;
import org.flowbench.ui.shell.PreferencesViewModel;
import org.flowbench.ui.shell.WorkspaceSwitcher;

/**
 * The window around a workspace: shows at once with "Opening workspace..." in the sidebar, then
 * puts a fresh {@link MainWindowView} in place each time {@link WorkspaceSwitcher} has opened a
 * workspace. Adds the workspace, dataset and preferences commands to its menus and applies the
 * preferences (theme, zone, units) live.
 */
public final class WorkbenchShell {
    private static final String STYLESHEET = "/org/flowbench/ui/workbench.css";

    private final Stage stage;
    private final BorderPane root = new BorderPane();
    private final WorkspaceSwitcher switcher;
    private final AppPreferences preferences;
    private final TaskRunner runner;
    private final IntConsumer exit;
    private Path openFile;
    private final Path samplesDir;
    private boolean firstWorkspace = true;
    private WorkbenchViewModel model;
    private MainWindowView view;
    private Runnable detachNote = () -> { };

    private WorkbenchShell(Stage stage, WorkspaceSwitcher switcher, AppPreferences preferences, TaskRunner runner,
                           Path openFile, Path samplesDir, IntConsumer exit) {
        this.stage = stage;
        this.switcher = switcher;
        this.preferences = preferences;
        this.runner = runner;
        this.openFile = openFile;
        this.samplesDir = samplesDir;
        this.exit = exit;
    }

    /**
     * Shows the window, then opens {@code workspace} in the background.
     *
     * @param openFile   a capture to import once the workspace is open, or null
     * @param samplesDir bundled samples for an empty workspace; may be null
     */
    public static WorkbenchShell show(Stage stage, WorkspaceSwitcher switcher, AppPreferences preferences,
                                      TaskRunner runner, Path workspace, Path openFile, Path samplesDir,
                                      IntConsumer exit) {
        WorkbenchShell shell = new WorkbenchShell(stage, switcher, preferences, runner, openFile, samplesDir, exit);
        Scene scene = new Scene(shell.root, 1280, 800);
        scene.getStylesheets().add(WorkbenchShell.class.getResource(STYLESHEET).toExternalForm());
        Themes.apply(dark(preferences.get()));
        preferences.currentProperty().addListener((obs, old, now) -> shell.preferencesChanged(old, now));
        switcher.servicesProperty().addListener((obs, old, services) -> {
            if (services == null) shell.showOpening(); else shell.showWorkspace(services);
        });
        switcher.stateProperty().addListener((obs, old, state) -> {
            if (state == WorkspaceSwitcher.State.FAILED) FirstWindowProbe.workspaceFailed(exit);
        });
        stage.titleProperty().bind(switcher.titleProperty());
        stage.setScene(scene);
        stage.setMinWidth(800);
        stage.setMinHeight(520);
        shell.showOpening();
        stage.show();
        switcher.open(workspace);
        return shell;
    }

    /** The work areas of the open workspace, or null while none is open. */
    public WorkbenchViewModel model() { return model; }

    public MainWindowView view() { return view; }

    public WorkspaceSwitcher switcher() { return switcher; }

    /** Opens the Preferences dialog (menu, Ctrl+,). */
    public Stage showPreferences() {
        return PreferencesDialog.show(stage, new PreferencesViewModel(preferences, runner));
    }

    private static boolean dark(Preferences p) {
        return p.theme() == Preferences.Theme.DARK;
    }

    private void preferencesChanged(Preferences old, Preferences now) {
        Themes.apply(dark(now));
        if (model == null) return;
        model.darkThemeProperty().set(dark(now));
        // Views format times and rates when they render: reload so the new zone or unit shows.
        if (!old.timeZone().equals(now.timeZone()) || old.rateUnit() != now.rateUnit()) model.refresh();
    }

    /** While a workspace opens (or after it failed): menus to open another, the reason in the sidebar. */
    private void showOpening() {
        // The old work areas go away: stop their ticker and their listener on the preferences.
        if (model != null) model.live().close();
        detachNote.run();
        detachNote = () -> { };
        model = null;
        view = null;
        Menu file = new Menu("_File");
        file.getItems().addAll(ShellMenus.workspaceItems(switcher, stage));
        file.getItems().addAll(ShellMenus.preferences(this::showPreferences), new SeparatorMenuItem(),
                quitItem());
        root.setTop(new MenuBar(file));
        Label heading = new Label("Datasets");
        heading.getStyleClass().add("title-4");
        Label message = new Label();
        message.setId("workspace-message");
        message.setWrapText(true);
        message.textProperty().bind(switcher.messageProperty());
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(28, 28);
        spinner.visibleProperty().bind(switcher.stateProperty().isEqualTo(WorkspaceSwitcher.State.OPENING));
        VBox sidebar = new VBox(10, heading, message, spinner);
        sidebar.setPadding(new Insets(8, 8, 4, 12));
        sidebar.setId("opening-sidebar");
        SplitPane main = new SplitPane(sidebar, new StackPane());
        main.setDividerPositions(0.24);
        root.setCenter(main);
        root.setBottom(null);
    }

    private MenuItem quitItem() {
        MenuItem quit = new MenuItem("_Quit");
        quit.setAccelerator(Shortcut.QUIT.keys());
        quit.setOnAction(e -> exit.accept(0));
        return quit;
    }

    private void showWorkspace(WorkbenchServices services) {
        model = new WorkbenchViewModel(services, runner, new FxTicker());
        model.darkThemeProperty().set(dark(preferences.get()));
        model.darkThemeProperty().addListener((obs, old, isDark) -> {
            if (isDark != dark(preferences.get())) {
                preferences.update(p -> p.withTheme(isDark ? Preferences.Theme.DARK : Preferences.Theme.LIGHT));
            }
        });
        view = new MainWindowView(model, () -> exit.accept(0));
        DatasetActionsViewModel actions = new DatasetActionsViewModel(services::datasetActions, model.statusBar(),
                model.datasets()::refresh, switcher::reclaimSpace, () -> preferences.get().geoDatabases());
        addMenus(actions);
        addEnrichmentNote();
        root.setTop(null);
        root.setBottom(null);
        root.setCenter(view);
        WorkbenchViewModel shown = model;
        shown.datasets().datasets().addListener(new ListChangeListener<>() {
            @Override
            public void onChanged(Change<? extends DatasetInfo> change) {
                shown.datasets().datasets().removeListener(this);
                FirstWindowProbe.workspaceShown(exit);
            }
        });
        if (firstWorkspace) {
            firstWorkspace = false;
            ScreenshotHook.armIfRequested(stage.getScene(), model.chart(), model.explore(), runner, exit);
            model.start(openFile, samplesDir);
            openFile = null;
        } else {
            model.start(null, null);
        }
        String note = switcher.messageProperty().get();
        if (note != null && !note.isBlank()) model.statusBar().show(note);
    }

    private void addMenus(DatasetActionsViewModel actions) {
        DatasetDialogs dialogs = new DatasetDialogs(stage, actions);
        ShellMenus.DatasetCommands commands = new ShellMenus.DatasetCommands() {
            @Override public void rename(DatasetInfo d) { dialogs.rename(d); }

            @Override public void delete(DatasetInfo d) { dialogs.delete(d); }

            @Override public void export(DatasetInfo d) { dialogs.export(d); }

            @Override public void enrich(DatasetInfo d) { actions.enrich(d); }

            @Override public void importTable() { dialogs.importTable(); }
        };
        MenuBar bar = view.menuBar();
        Menu file = bar.getMenus().get(0);
        file.getItems().addAll(0, ShellMenus.workspaceItems(switcher, stage));
        int quit = file.getItems().size() - 1;
        file.getItems().addAll(quit, java.util.List.of(ShellMenus.preferences(this::showPreferences),
                new SeparatorMenuItem()));
        bar.getMenus().add(1, ShellMenus.datasetMenu(model.datasets().selectedProperty(), commands));
        view.sidebar().list().setContextMenu(new ContextMenu(
                ShellMenus.datasetItems(model.datasets().selectedProperty(), commands).toArray(MenuItem[]::new)));
    }

    /** Says under the dataset list why country and AS columns are empty, when no database is set. */
    private void addEnrichmentNote() {
        Label note = new Label();
        note.setId("enrichment-note");
        note.getStyleClass().add("text-muted");
        note.setWrapText(true);
        note.setPadding(new Insets(4, 8, 8, 12));
        Runnable update = () -> {
            String text = PreferencesViewModel.enrichmentNote(preferences.get());
            note.setText(text);
            note.setVisible(!text.isEmpty());
            note.setManaged(!text.isEmpty());
        };
        update.run();
        javafx.beans.value.ChangeListener<Preferences> listener = (obs, old, now) -> update.run();
        preferences.currentProperty().addListener(listener);
        detachNote = () -> preferences.currentProperty().removeListener(listener);
        view.sidebar().getChildren().add(note);
    }
}

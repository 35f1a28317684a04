package org.flowbench.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Orientation;
import java.util.Map;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import org.flowbench.ui.datasets.DatasetListView;
import org.flowbench.ui.detect.DetectView;
import javafx.scene.control.Tab;
import org.flowbench.ui.explore.ExploreView;
import org.flowbench.ui.explore.ImportReportView;
import org.flowbench.ui.explore.IncidentsView;
import org.flowbench.ui.explore.MarkIncidentDialog;
import org.flowbench.ui.explore.MarkIncidentViewModel;
import org.flowbench.ui.explore.TrafficChartView;
import org.flowbench.ui.help.GuideWindow;
import org.flowbench.ui.live.LiveView;
import org.flowbench.ui.mitigate.MitigateView;
import org.flowbench.ui.report.ReportView;

/**
 * The first window's layout: menu bar, dataset sidebar, the work areas as tabs (Explore: chart
 * above the import report; Live), status bar. Dropping files anywhere on it imports them.
 */
public final class MainWindowView extends BorderPane {
    private final WorkbenchViewModel model;
    private final TrafficChartView chartView;
    private final LiveView liveView;
    private final MitigateView mitigateView;
    private final DetectView detectView;
    private final ExploreView exploreView;
    private GuideWindow guide;
    private final DatasetListView sidebar;
    private final javafx.scene.control.MenuBar menuBar;

    public MainWindowView(WorkbenchViewModel model, Runnable quit) {
        this.model = model;
        setId("main-window");
        getStyleClass().add("main-window");
        sidebar = new DatasetListView(model.datasets());
        chartView = new TrafficChartView(model.chart(), model.darkThemeProperty());
        ImportReportView reportView = new ImportReportView(model.report());

        exploreView = new ExploreView(model.explore(), model.darkThemeProperty(), model.runner());
        // Explore above; the import report and the plain bps/pps overview share the pane below.
        TabPane details = new TabPane(new Tab("Import report", reportView), new Tab("Traffic overview", chartView),
                new Tab("Incidents", new IncidentsView(model.incidents())));
        exploreView.onMarkIncident(this::markIncident);
        details.setId("detail-tabs");
        details.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        SplitPane explore = new SplitPane(exploreView, details);
        explore.setOrientation(Orientation.VERTICAL);
        explore.setDividerPositions(0.8);
        liveView = new LiveView(model.live(), model.darkThemeProperty());
        detectView = new DetectView(model.detect(), model.darkThemeProperty());
        mitigateView = new MitigateView(model.mitigate());
        TabPane work = WorkAreaTabs.create(model.workAreaProperty(), Map.of(WorkArea.EXPLORE, explore,
                WorkArea.DETECT, detectView, WorkArea.LIVE, liveView, WorkArea.MITIGATE, mitigateView,
                WorkArea.REPORT, new ReportView(model.reportArea())));
        SplitPane main = new SplitPane(sidebar, work);
        main.setDividerPositions(0.24);
        SplitPane.setResizableWithParent(sidebar, false);

        menuBar = WorkbenchMenu.create(model, new WorkbenchMenu.Actions() {
            @Override public void importFiles() { model.imports().importFiles(dialogs().chooseCaptures()); }

            @Override public void quit() { quit.run(); }

            @Override public void about() { dialogs().showAbout(); }

            @Override public void shortcuts() { dialogs().showShortcuts(); }

            @Override public void userGuide() { showUserGuide(); }

            @Override public void showMitigate() { showMitigateArea(); }

            @Override public void markIncident() {
                if (model.explore().datasets().isEmpty()) return;
                model.workAreaProperty().set(WorkArea.EXPLORE);
                MainWindowView.this.markIncident();
            }
        });
        setTop(menuBar);
        setCenter(main);
        setBottom(new StatusBarView(model.statusBar()));
        acceptDroppedFiles();
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(Shortcut.CANCEL_TASK.keys(), model.statusBar()::cancelNewest);
            }
        });
    }

    public TrafficChartView chartView() { return chartView; }

    public LiveView liveView() { return liveView; }

    public MitigateView mitigateView() { return mitigateView; }

    public void showMitigateArea() { model.workAreaProperty().set(WorkArea.MITIGATE); }

    public DetectView detectView() { return detectView; }

    /** Brings the work area of a shortcut to the front (the screenshot apps use it). */
    public void showArea(Shortcut area) {
        model.workAreaProperty().set(switch (area) {
            case DETECT_AREA -> WorkArea.DETECT;
            case LIVE -> WorkArea.LIVE;
            case MITIGATE -> WorkArea.MITIGATE;
            case REPORT_AREA -> WorkArea.REPORT;
            default -> WorkArea.EXPLORE;
        });
    }

    public ExploreView exploreView() { return exploreView; }

    /** Explore's "Mark incident...": the form prefilled from what Explore shows, saved for the lead dataset. */
    public void markIncident() {
        new MarkIncidentDialog(getScene().getWindow(), MarkIncidentViewModel.from(model.explore(), model.incidents()))
                .showAndWait();
    }

    /** Help ▸ User guide: one guide window per main window, brought to the front when open. */
    public GuideWindow showUserGuide() {
        if (guide == null) guide = new GuideWindow(getScene().getWindow(), model.runner());
        guide.show();
        return guide;
    }

    /** The dataset sidebar, for the shell's context menu. */
    public DatasetListView sidebar() { return sidebar; }

    /** The menu bar, for the shell's workspace, dataset and preferences items. */
    public javafx.scene.control.MenuBar menuBar() { return menuBar; }

    private WorkbenchDialogs dialogs() {
        return new WorkbenchDialogs(getScene().getWindow());
    }

    private void acceptDroppedFiles() {
        setOnDragOver(event -> {
            if (event.getDragboard().hasFiles()) event.acceptTransferModes(TransferMode.COPY);
            event.consume();
        });
        setOnDragEntered(event -> {
            if (event.getDragboard().hasFiles()) getStyleClass().add("drop-target");
        });
        setOnDragExited(event -> getStyleClass().remove("drop-target"));
        setOnDragDropped(this::dropped);
    }

    private void dropped(DragEvent event) {
        boolean hasFiles = event.getDragboard().hasFiles();
        if (hasFiles) model.imports().importFiles(paths(event.getDragboard().getFiles()));
        event.setDropCompleted(hasFiles);
        event.consume();
    }

    private static List<Path> paths(List<File> files) {
        return files.stream().map(File::toPath).toList();
    }
}

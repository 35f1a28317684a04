package org.flowbench.ui.imports;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.flowbench.ingest.ImportReport;
import org.flowbench.store.DatasetStatus;
import org.flowbench.task.BackgroundTask;
import org.flowbench.ui.StatusBarViewModel;
import org.flowbench.ui.TaskItem;
import org.flowbench.ui.WorkbenchServices;
import org.flowbench.ui.common.Formats;

/** Imports files (menu, drag-and-drop, start-up) as visible, cancellable tasks. */
public final class ImportViewModel {
    private final WorkbenchServices services;
    private final StatusBarViewModel statusBar;
    private final Consumer<ImportReport> onImported;
    private final Runnable onEnded;

    /**
     * @param onImported called with the report of every import that returned one
     * @param onEnded    called after every import, whatever its outcome (to refresh the list)
     */
    public ImportViewModel(WorkbenchServices services, StatusBarViewModel statusBar,
                           Consumer<ImportReport> onImported, Runnable onEnded) {
        this.services = services;
        this.statusBar = statusBar;
        this.onImported = onImported;
        this.onEnded = onEnded;
    }

    public void importFiles(List<Path> files) {
        files.forEach(this::importFile);
    }

    public TaskItem importFile(Path file) {
        String name = String.valueOf(file.getFileName());
        statusBar.show("Importing " + name + "...");
        return statusBar.runVisible(BackgroundTask.of("Import " + name,
                        (progress, cancel) -> services.importFile(file, progress, cancel))
                .onSuccess(report -> {
                    statusBar.show(summary(name, report));
                    onImported.accept(report);
                })
                .onFailure(error -> statusBar.show("Import of " + name + " failed: " + describe(error)))
                .onCancelled(() -> statusBar.show("Import of " + name + " cancelled"))
                .onFinally(onEnded));
    }

    static String summary(String name, ImportReport report) {
        String counts = Formats.count(report.packets()) + " frames, " + Formats.count(report.rows()) + " rows";
        return switch (report.status() == null ? DatasetStatus.FAILED : report.status()) {
            case COMPLETE -> "Imported " + name + ": " + counts;
            // Partial covers damage and a cancel; the report's message says which.
            case PARTIAL -> "Imported " + name + " in part: " + counts + detail(report);
            case FAILED -> "Import of " + name + " failed" + (report.message() == null ? "" : ": " + report.message());
            case IMPORTING -> "Import of " + name + " still running";
        };
    }

    private static String detail(ImportReport report) {
        return report.message() == null || report.message().isBlank() ? "" : "; " + report.message();
    }

    private static String describe(Throwable error) {
        String message = error.getMessage();
        return message == null || message.isBlank() ? error.getClass().getSimpleName() : message;
    }
}

package org.flowbench.ui.datasets;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import org.flowbench.enrich.GeoDatabases;
import org.flowbench.filter.FilterSyntaxException;
import org.flowbench.filter.Filters;
import org.flowbench.filter.SqlFragment;
import org.flowbench.query.DatasetExport;
import org.flowbench.store.ColumnMapping;
import org.flowbench.store.DatasetInfo;
import org.flowbench.store.FlowTableImport;
import org.flowbench.task.BackgroundTask;
import org.flowbench.task.Cancellation;
import org.flowbench.ui.StatusBarViewModel;
import org.flowbench.ui.TaskItem;
import org.flowbench.ui.common.Formats;
import org.flowbench.ui.explore.TimeRange;

/**
 * The sidebar's dataset commands (context menu, Dataset menu): rename, delete, export, table
 * import, enrichment. Each runs as a visible task in the status bar. A cancel stops the work
 * before it starts, or undoes its result (deletes a half-written export, drops an imported
 * dataset); a single DuckDB statement in flight runs to its end first.
 */
public final class DatasetActionsViewModel {
    /** What the export dialog asks for; blank times mean the dataset's own bounds. */
    public record ExportRequest(DatasetInfo dataset, Path file, DatasetExport.Format format, String from, String to,
                                String filter) {}

    private final Supplier<DatasetActions> actions;
    private final StatusBarViewModel statusBar;
    private final LongConsumer refreshSelecting;
    private final Runnable reclaimSpace;
    private final Supplier<GeoDatabases> databases;

    /**
     * @param refreshSelecting reloads the sidebar and selects a dataset id (-1: keep the selection)
     * @param reclaimSpace     after a delete: closes, compacts and reopens the workspace
     * @param databases        the enrichment databases of the preferences
     */
    public DatasetActionsViewModel(Supplier<DatasetActions> actions, StatusBarViewModel statusBar,
                                   LongConsumer refreshSelecting, Runnable reclaimSpace,
                                   Supplier<GeoDatabases> databases) {
        this.actions = actions;
        this.statusBar = statusBar;
        this.refreshSelecting = refreshSelecting;
        this.reclaimSpace = reclaimSpace;
        this.databases = databases;
    }

    public TaskItem rename(DatasetInfo dataset, String name) {
        return statusBar.runVisible(BackgroundTask.of("Rename " + dataset.name(), (progress, cancel) -> {
                    cancel.check();
                    actions.get().rename(dataset.id(), name);
                    return name.strip();
                })
                .onSuccess(newName -> {
                    statusBar.show("Renamed " + dataset.name() + " to " + newName);
                    refreshSelecting.accept(dataset.id());
                })
                .onFailure(error -> statusBar.show("Could not rename " + dataset.name() + ": " + describe(error)))
                .onCancelled(() -> statusBar.show("Rename cancelled")));
    }

    /** Deletes the dataset (the view has asked for confirmation), then gives its space back. */
    public TaskItem delete(DatasetInfo dataset) {
        return statusBar.runVisible(BackgroundTask.of("Delete " + dataset.name(), (progress, cancel) -> {
                    progress.update(0, -1, "deleting " + dataset.name());
                    cancel.check();
                    actions.get().delete(dataset.id());
                    return dataset.id();
                })
                .onSuccess(id -> {
                    statusBar.show("Deleted " + dataset.name() + "; reclaiming its space");
                    reclaimSpace.run();
                })
                .onFailure(error -> statusBar.show("Could not delete " + dataset.name() + ": " + describe(error)))
                .onCancelled(() -> statusBar.show("Delete of " + dataset.name() + " cancelled: nothing deleted")));
    }

    /**
     * Checks the request (times, filter) and starts the export.
     *
     * @return the problem to show in the dialog, or empty when the export started
     */
    public Optional<String> export(ExportRequest request) {
        SqlFragment filter;
        Instant from;
        Instant to;
        try {
            filter = Filters.compile(request.filter() == null ? "" : request.filter());
        } catch (FilterSyntaxException e) {
            return Optional.of("Filter: " + e.getMessage());
        }
        try {
            from = TimeRange.parse(request.from());
            to = TimeRange.parse(request.to());
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
        if (from != null && to != null && !from.isBefore(to)) return Optional.of("The range must end after it starts");
        if (request.file() == null) return Optional.of("Choose the file to write");
        DatasetInfo dataset = request.dataset();
        String fileName = String.valueOf(request.file().getFileName());
        statusBar.runVisible(BackgroundTask.of("Export " + dataset.name(), (progress, cancel) -> {
                    progress.update(0, -1, "writing " + fileName);
                    cancel.check();
                    long rows = actions.get().export(dataset.id(), filter, from, to, request.file(), request.format());
                    undoIfCancelled(cancel, () -> Files.deleteIfExists(request.file()));
                    return rows;
                })
                .onSuccess(rows -> statusBar.show("Exported " + Formats.count(rows) + " rows of " + dataset.name()
                        + " to " + fileName))
                .onFailure(error -> statusBar.show("Export of " + dataset.name() + " failed: " + describe(error)))
                .onCancelled(() -> statusBar.show("Export of " + dataset.name() + " cancelled: no file written")));
        return Optional.empty();
    }

    /**
     * Imports a Parquet or CSV flow table.
     *
     * @param preset "akvorado", "nfdump" or the path of a JSON column mapping
     */
    public TaskItem importTable(Path file, String preset) {
        String name = String.valueOf(file.getFileName());
        return statusBar.runVisible(BackgroundTask.of("Import table " + name, (progress, cancel) -> {
                    progress.update(0, -1, "reading " + name);
                    ColumnMapping mapping = ColumnMapping.named(preset);
                    cancel.check();
                    FlowTableImport.Result result = actions.get().importTable(file, mapping);
                    undoIfCancelled(cancel, () -> actions.get().delete(result.datasetId()));
                    return result;
                })
                .onSuccess(result -> {
                    statusBar.show("Imported " + name + ": " + Formats.count(result.rows()) + " rows"
                            + (result.damaged() + result.skipped() == 0 ? "" : ", " + Formats.count(result.skipped())
                            + " skipped, " + Formats.count(result.damaged()) + " damaged"));
                    refreshSelecting.accept(result.datasetId());
                })
                .onFailure(error -> statusBar.show("Import of " + name + " failed: " + describe(error)))
                .onCancelled(() -> statusBar.show("Import of " + name + " cancelled: nothing imported")));
    }

    /** Fills countries and AS numbers from the preferences' databases; says why not when none is set. */
    public Optional<TaskItem> enrich(DatasetInfo dataset) {
        GeoDatabases dbs = databases.get();
        if (dbs.isEmpty()) {
            statusBar.show("Cannot enrich " + dataset.name() + ": " + whyNoDatabases()
                    + " (File > Preferences)");
            return Optional.empty();
        }
        return Optional.of(statusBar.runVisible(BackgroundTask.of("Enrich " + dataset.name(), (progress, cancel) -> {
                    progress.update(0, -1, "looking up addresses of " + dataset.name());
                    cancel.check();
                    return actions.get().enrich(dataset.id(), dbs);
                })
                .onSuccess(o -> {
                    statusBar.show("Enriched " + dataset.name() + ": " + Formats.count(o.annotated()) + " of "
                            + Formats.count(o.addresses()) + " addresses known, " + Formats.count(o.rowsChanged())
                            + " rows updated");
                    refreshSelecting.accept(dataset.id());
                })
                .onFailure(error -> statusBar.show("Enrichment of " + dataset.name() + " failed: " + describe(error)))
                .onCancelled(() -> statusBar.show("Enrichment of " + dataset.name() + " cancelled"))));
    }

    /** Why country and AS columns stay empty, or null when a database is configured. */
    public String whyNoDatabases() {
        GeoDatabases dbs = databases.get();
        return dbs.isEmpty() ? "no country or ASN database set" : dbs.whyNoCountries();
    }

    private interface Undo {
        void run() throws Exception;
    }

    private static void undoIfCancelled(Cancellation cancel, Undo undo) throws Exception {
        if (!cancel.isCancelled()) return;
        undo.run();
        throw new CancellationException("cancelled by the user");
    }

    private static String describe(Throwable error) {
        String message = error.getMessage();
        return message == null || message.isBlank() ? error.getClass().getSimpleName() : message;
    }
}

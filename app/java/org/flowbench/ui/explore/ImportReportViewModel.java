package org.flowbench.ui.explore;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.flowbench.ingest.ExporterReport;
import org.flowbench.ingest.ImportReport;
import org.flowbench.ingest.decode.Damage;
import org.flowbench.store.DatasetInfo;
import org.flowbench.store.DatasetStatus;
import org.flowbench.task.BackgroundTask;
import org.flowbench.task.Nouns;
import org.flowbench.task.TaskRunner;
import org.flowbench.ui.WorkbenchServices;
import org.flowbench.ui.common.Formats;

/** The import report of the selected dataset: counters, per link type and protocol, damage. */
public final class ImportReportViewModel {
    private final WorkbenchServices services;
    private final TaskRunner runner;
    private final ObjectProperty<ImportReport> report = new SimpleObjectProperty<>();
    private final ObjectProperty<DatasetStatus> status = new SimpleObjectProperty<>();
    private final StringProperty headline = new SimpleStringProperty("No dataset selected");
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty damageNote = new SimpleStringProperty("");
    private final ObservableList<Counter> counters = FXCollections.observableArrayList();
    private final ObservableList<Counter> linkTypes = FXCollections.observableArrayList();
    private final ObservableList<Counter> protocols = FXCollections.observableArrayList();
    private final ObservableList<Damage> damage = FXCollections.observableArrayList();
    private long generation;

    public ImportReportViewModel(WorkbenchServices services, TaskRunner runner) {
        this.services = services;
        this.runner = runner;
    }

    /** Loads the stored report of a dataset (null clears the view). */
    public void show(DatasetInfo dataset) {
        long mine = ++generation;
        if (dataset == null) {
            clear("No dataset selected");
            return;
        }
        long id = dataset.id();
        runner.run(BackgroundTask.of("Load import report", (progress, cancel) -> services.importReport(id))
                .onSuccess(found -> {
                    if (mine == generation) showLoaded(found, dataset);
                })
                .onFailure(error -> {
                    if (mine == generation) clear("Could not read the import report: " + error.getMessage());
                }));
    }

    private void showLoaded(Optional<ImportReport> found, DatasetInfo dataset) {
        if (found.isPresent()) {
            show(found.get());
        } else {
            clear(dataset.status() == DatasetStatus.IMPORTING
                    ? "Import of " + dataset.name() + " still running"
                    : "No import report stored for " + dataset.name());
            status.set(dataset.status());
        }
    }

    /** Shows a report held in memory, e.g. the one an import just returned. */
    public void show(ImportReport shown) {
        generation++;
        report.set(shown);
        status.set(shown.status());
        headline.set(fileName(shown.file()));
        message.set(shown.message() == null ? "" : shown.message());
        counters.setAll(counters(shown));
        linkTypes.setAll(sorted(shown.perLinkType(), LinkTypeNames::of));
        protocols.setAll(sorted(shown.perProtocol(), Function.identity()));
        damage.setAll(shown.damage() == null ? List.of() : shown.damage());
        damageNote.set(damageNote(damage.size(), shown.damageTotal()));
    }

    private void clear(String text) {
        report.set(null);
        status.set(null);
        headline.set(text);
        message.set("");
        counters.clear();
        linkTypes.clear();
        protocols.clear();
        damage.clear();
        damageNote.set("");
    }

    /** The report keeps the absolute path; the heading has room for the name. */
    private static String fileName(String file) {
        if (file == null) return "";
        int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
        return file.substring(slash + 1);
    }

    private static List<Counter> counters(ImportReport r) {
        boolean exports = ImportReport.FLOW_EXPORTS.equals(r.kind());
        List<Counter> list = new ArrayList<>();
        list.add(new Counter("Frames read", Formats.count(r.packets())));
        list.add(new Counter(exports ? "IP packets read" : "IP packets stored", Formats.count(r.ipPackets())));
        list.add(new Counter(exports ? "Bytes in the records" : "IP bytes", Formats.count(r.ipBytes())));
        list.add(new Counter(exports ? "Flow records stored" : "Rows written", Formats.count(r.rows())));
        if (exports) r.exporters().forEach(e -> list.add(exporter(e)));
        list.add(new Counter("Non-IP frames", Formats.count(r.nonIp())));
        list.add(new Counter("Truncated", Formats.count(r.truncated())));
        list.add(new Counter("Cut by snaplen", Formats.count(r.snaplenCut())));
        list.add(new Counter("Malformed", Formats.count(r.malformed())));
        list.add(new Counter("Unsupported link", Formats.count(r.unsupportedLink())));
        list.add(new Counter("First packet", Formats.instant(r.firstPacket())));
        list.add(new Counter("Last packet", Formats.instant(r.lastPacket())));
        list.add(new Counter("Import time", String.format(Locale.ROOT, "%.2f s", r.seconds())));
        return list;
    }

    /** One line per exporter: every counter that says whether its exports arrived whole. */
    private static Counter exporter(ExporterReport e) {
        return new Counter("Exporter " + e.exporter(), String.join(", ", Nouns.count(e.datagrams(), "datagram"),
                Nouns.count(e.records(), "record"), Nouns.count(e.sequenceGaps(), "sequence gap"),
                Nouns.count(e.unknownTemplates(), "unknown template"), Formats.count(e.malformed()) + " malformed"));
    }

    /** Largest first: the dominant link type or protocol is what the reader looks for. */
    private static <K> List<Counter> sorted(Map<K, Long> counts, Function<K, String> name) {
        if (counts == null) return List.of();
        return counts.entrySet().stream()
                .sorted(Map.Entry.<K, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(e -> String.valueOf(e.getKey())))
                .map(e -> new Counter(name.apply(e.getKey()), Formats.count(e.getValue())))
                .toList();
    }

    private static String damageNote(int listed, long total) {
        if (total == 0) return "No damage found";
        if (listed >= total) return Nouns.count(total, "damaged place");
        return "First " + listed + " of " + total + " damaged places";
    }

    public ReadOnlyObjectProperty<ImportReport> reportProperty() { return report; }

    public ReadOnlyObjectProperty<DatasetStatus> statusProperty() { return status; }

    /** The file name of the report, or why there is no report. */
    public ReadOnlyStringProperty headlineProperty() { return headline; }

    /** What the import said about itself (why it is partial or failed); often empty. */
    public ReadOnlyStringProperty messageProperty() { return message; }

    public ReadOnlyStringProperty damageNoteProperty() { return damageNote; }

    public ObservableList<Counter> counters() { return counters; }

    public ObservableList<Counter> linkTypes() { return linkTypes; }

    public ObservableList<Counter> protocols() { return protocols; }

    public ObservableList<Damage> damage() { return damage; }
}

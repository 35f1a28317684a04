package org.flowbench.ui.explore;

import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.flowbench.query.SeriesResult;
import org.flowbench.store.DatasetInfo;
import org.flowbench.store.Incident;
import org.flowbench.store.IncidentKind;

/**
 * The "Mark incident" form: prefilled from what Explore shows (its range, its filter as the
 * victim filter, the victim when the filter is just {@code dst_addr = X}); saved for the lead
 * dataset through {@link IncidentsViewModel#add}. The same form edits a stored incident
 * ({@link #editing}): it keeps the incident's id and dataset and saves through
 * {@link IncidentsViewModel#update}.
 */
public final class MarkIncidentViewModel {
    private static final Pattern ONE_DESTINATION =
            Pattern.compile("\\s*dst_addr\\s*=\\s*\"?([^\\s\"]+)\"?\\s*", Pattern.CASE_INSENSITIVE);

    private final IncidentsViewModel target;
    private Incident original;
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<IncidentKind> kind = new SimpleObjectProperty<>(IncidentKind.ATTACK);
    private final StringProperty start = new SimpleStringProperty("");
    private final StringProperty end = new SimpleStringProperty("");
    private final StringProperty victim = new SimpleStringProperty("");
    private final StringProperty filter = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");

    public MarkIncidentViewModel(IncidentsViewModel target) {
        this.target = target;
    }

    /** A form prefilled from Explore's current range and applied filter. */
    public static MarkIncidentViewModel from(ExploreViewModel explore, IncidentsViewModel target) {
        MarkIncidentViewModel form = new MarkIncidentViewModel(target);
        TimeRange range = explore.range().rangeProperty().get();
        SeriesResult shown = explore.resultProperty().get();
        Instant from = range.from() != null ? range.from() : shown != null ? shown.grid().from() : explore.range().spanFirst();
        Instant to = range.to() != null ? range.to() : shown != null ? shown.grid().to() : explore.range().spanEnd();
        form.prefill(from, to, explore.filter().applied().get().text());
        return form;
    }

    /** A form holding a stored incident, to correct its range, kind or victim. */
    public static MarkIncidentViewModel editing(Incident incident, IncidentsViewModel target) {
        MarkIncidentViewModel form = new MarkIncidentViewModel(target);
        form.original = incident;
        form.name.set(incident.name());
        form.kind.set(incident.kind());
        form.start.set(TimeRange.format(incident.start()));
        form.end.set(TimeRange.format(incident.end()));
        form.victim.set(incident.victim() == null ? "" : incident.victim());
        form.filter.set(incident.filter() == null ? "" : incident.filter());
        form.notes.set(incident.notes() == null ? "" : incident.notes());
        return form;
    }

    /** True when the form edits a stored incident rather than marking a new one. */
    public boolean isEdit() { return original != null; }

    /** Fills start, end and the filter (and the victim when the filter names one destination). */
    public void prefill(Instant from, Instant to, String filterText) {
        start.set(TimeRange.format(from));
        end.set(TimeRange.format(to));
        String f = filterText == null ? "" : filterText.strip();
        filter.set(f);
        Matcher m = ONE_DESTINATION.matcher(f);
        victim.set(m.matches() ? m.group(1) : "");
    }

    /** The incident the form describes; null (with the reason in {@link #errorProperty()}) when it does not. */
    public Incident incident() {
        DatasetInfo dataset = target.datasetProperty().get();
        if (original == null && dataset == null) return fail("Select a dataset first");
        if (name.get() == null || name.get().isBlank()) return fail("Give the incident a name");
        Instant from, to;
        try {
            from = TimeRange.parse(start.get());
            to = TimeRange.parse(end.get());
        } catch (IllegalArgumentException e) {
            return fail(e.getMessage());
        }
        if (from == null || to == null) return fail("An incident needs a start and an end");
        if (!to.isAfter(from)) return fail("The end must be after the start");
        error.set("");
        long id = original == null ? 0 : original.id();
        Long datasetId = original == null ? Long.valueOf(dataset.id()) : original.datasetId();
        return new Incident(id, datasetId, name.get().strip(), kind.get(), from, to, blankToNull(victim.get()),
                blankToNull(filter.get()), blankToNull(notes.get()));
    }

    /** Saves the incident in the background; false (and why) when the form is not valid. */
    public boolean save() {
        Incident incident = incident();
        if (incident == null) return false;
        if (original == null) target.add(incident); else target.update(incident);
        return true;
    }

    private Incident fail(String why) {
        error.set(why);
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public StringProperty nameProperty() { return name; }

    public ObjectProperty<IncidentKind> kindProperty() { return kind; }

    public StringProperty startProperty() { return start; }

    public StringProperty endProperty() { return end; }

    public StringProperty victimProperty() { return victim; }

    public StringProperty filterProperty() { return filter; }

    public StringProperty notesProperty() { return notes; }

    public ReadOnlyStringProperty errorProperty() { return error; }
}

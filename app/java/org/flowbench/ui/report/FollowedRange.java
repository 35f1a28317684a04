package org.flowbench.ui.report;

import java.time.Instant;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import org.flowbench.ui.common.TypedTime;
import org.flowbench.ui.explore.TimeRange;

/**
 * The report's From and To fields following the range Explore shows (DESIGN: a range chosen on one
 * chart is followed by every view): zoom on the attack in Explore, and the report covers it. The
 * fields follow while they are blank or still hold what was last filled in; once the user types
 * a range of their own it stays, until they clear both fields again.
 */
final class FollowedRange {
    private final StringProperty from;
    private final StringProperty to;
    private final StringProperty note = new SimpleStringProperty("");
    private String filledFrom = "";
    private String filledTo = "";

    FollowedRange(StringProperty from, StringProperty to) {
        this.from = from;
        this.to = to;
        from.addListener((obs, old, now) -> updateNote());
        to.addListener((obs, old, now) -> updateNote());
    }

    void follow(ObservableValue<TimeRange> range) {
        range.addListener((obs, old, now) -> show(now));
        show(range.getValue());
    }

    /** Says when the fields hold Explore's range; empty otherwise (the user's own, or the whole data). */
    ReadOnlyStringProperty noteProperty() { return note; }

    private void show(TimeRange range) {
        boolean untouched = from.get().equals(filledFrom) && to.get().equals(filledTo);
        boolean blank = from.get().isBlank() && to.get().isBlank();
        if (!untouched && !blank) return;
        filledFrom = text(range == null ? null : range.from());
        filledTo = text(range == null ? null : range.to());
        from.set(filledFrom);
        to.set(filledTo);
        updateNote();
    }

    private void updateNote() {
        boolean filled = !(filledFrom.isEmpty() && filledTo.isEmpty());
        note.set(filled && from.get().equals(filledFrom) && to.get().equals(filledTo)
                ? "The range shown in Explore; type here for another" : "");
    }

    private static String text(Instant t) {
        return t == null ? "" : TypedTime.format(t);
    }
}

package org.flowbench.ui.explore;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;
import org.flowbench.query.SeriesResult;
import org.flowbench.schema.FlowField;
import org.flowbench.ui.MitigateRequest;
import org.flowbench.ui.common.Formats;

/** Explore's hand-off to Mitigate: picks a victim and range from what is shown and sends the request on. */
public final class ExploreMitigation {
    private final ObservableValue<SeriesResult> result;
    private final List<SeriesRow> rows;
    private final ObservableValue<TimeRange> range;
    private final Consumer<String> complaints;
    private Consumer<MitigateRequest> mitigator = request -> { };

    /**
     * @param result     the answer shown
     * @param rows       its table
     * @param range      the range shown
     * @param complaints where the reason goes when there is nothing to mitigate
     */
    ExploreMitigation(ObservableValue<SeriesResult> result, List<SeriesRow> rows, ObservableValue<TimeRange> range,
                      Consumer<String> complaints) {
        this.result = result;
        this.rows = rows;
        this.range = range;
        this.complaints = complaints;
    }

    /** Where {@link #mitigate} sends its requests (the window opens Mitigate with them). */
    public void onMitigate(Consumer<MitigateRequest> handler) {
        mitigator = handler == null ? request -> { } : handler;
    }

    /**
     * The victim and range to mitigate for a row: its destination address (the split must hold
     * dst_addr) over the range shown. With a null row, the first series that names a destination.
     */
    public Optional<MitigateRequest> mitigationFor(SeriesRow row) {
        SeriesResult r = result.getValue();
        if (r == null) return Optional.empty();
        int dst = r.spec().dimensions().indexOf(FlowField.DST_ADDR);
        if (dst < 0) return Optional.empty();
        SeriesRow chosen = row;
        if (chosen == null) chosen = rows.stream().filter(x -> !x.other() && x.keys().size() > dst).findFirst().orElse(null);
        if (chosen == null || chosen.other() || chosen.keys().size() <= dst) return Optional.empty();
        TimeRange shown = range.getValue();
        Instant from = shown.from() != null ? shown.from() : r.grid().from();
        Instant to = shown.to() != null ? shown.to() : r.grid().to();
        return Optional.of(new MitigateRequest(chosen.keys().get(dst), from, to, "Explore " + chosen.label()
                + ", " + Formats.span(from, to)));
    }

    /** Asks Mitigate for rules against {@link #mitigationFor}'s victim; false (and why) when there is none. */
    public boolean mitigate(SeriesRow row) {
        Optional<MitigateRequest> request = mitigationFor(row);
        if (request.isEmpty()) {
            complaints.accept(result.getValue() == null ? "Nothing shown to mitigate yet"
                    : "Split by dst_addr to pick a victim to mitigate");
            return false;
        }
        mitigator.accept(request.get());
        return true;
    }
}

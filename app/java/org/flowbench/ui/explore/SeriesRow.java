package org.flowbench.ui.explore;

import java.util.List;
import org.flowbench.query.Series;
import org.flowbench.query.SeriesStats;

/** One line of the table beside the Explore chart: a series and its statistics over the range. */
public record SeriesRow(int index, String label, List<String> keys, boolean other, SeriesStats stats) {
    static SeriesRow of(int index, Series s) {
        return new SeriesRow(index, s.label(), s.keys(), s.other(), s.stats());
    }
}

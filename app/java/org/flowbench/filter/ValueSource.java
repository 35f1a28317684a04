package org.flowbench.filter;

import java.util.List;
import org.flowbench.schema.FlowField;

/** Where completion finds values for a column: the data, most frequent first. */
public interface ValueSource {
    /**
     * Up to {@code limit} values of {@code field} whose filter text starts with {@code prefix}
     * (case-insensitively), by packets descending. Empty when the source has none for that column.
     */
    List<ValueCount> topValues(FlowField field, String prefix, int limit);

    /** A source with no data: completion then offers only names it knows (protocols, flags). */
    ValueSource NONE = (field, prefix, limit) -> List.of();
}

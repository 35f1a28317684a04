package org.flowbench.store;

import java.time.Instant;

/**
 * A labelled time range: an attack, benign traffic or maintenance.
 *
 * @param id        0 for one not stored yet
 * @param datasetId the dataset it labels, or null when it applies to any
 * @param victim    the attacked address or prefix as text, may be null
 * @param filter    filter-language text selecting the incident's traffic, may be null
 */
public record Incident(long id, Long datasetId, String name, IncidentKind kind, Instant start, Instant end,
                       String victim, String filter, String notes) {
    public Incident {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("an incident needs a name");
        if (kind == null || start == null || end == null) throw new IllegalArgumentException("an incident needs a kind, start and end");
        if (end.isBefore(start)) throw new IllegalArgumentException("incident '" + name + "' ends before it starts");
    }
}

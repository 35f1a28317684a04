package org.flowbench.store;

import java.time.Instant;

/**
 * A rule set kept in the workspace, as the text of its rule file, so exporting it writes exactly
 * what was stored.
 *
 * @param format    "json" or "yaml" for detection rule files, "json" (Flowbench's Flowspec file) for Flowspec
 * @param ruleCount rules in the set, counted when it was validated, for listings that do not parse
 * @param note      free text, may be empty
 * @param created   null for one not stored yet
 * @param updated   null for one not stored yet
 */
public record StoredRuleSet(String name, RuleSetKind kind, String format, String text, int ruleCount, String note,
                            Instant created, Instant updated) {
    public StoredRuleSet {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("a stored rule set needs a name");
        if (kind == null || format == null || text == null) throw new IllegalArgumentException("rule set '" + name + "' needs a kind, a format and its text");
        name = name.strip();
        note = note == null ? "" : note;
    }

    /** A set about to be stored: the store stamps the times. */
    public static StoredRuleSet unsaved(String name, RuleSetKind kind, String format, String text, int ruleCount, String note) {
        return new StoredRuleSet(name, kind, format, text, ruleCount, note, null, null);
    }
}

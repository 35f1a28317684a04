package org.flowbench.store;

import java.util.Locale;
import java.util.Optional;

/** What a stored rule set holds: detection threshold rules or Flowspec rules. */
public enum RuleSetKind {
    DETECTION, FLOWSPEC;

    public String sqlName() { return name().toLowerCase(Locale.ROOT); }

    public static RuleSetKind fromSql(String s) { return valueOf(s.toUpperCase(Locale.ROOT)); }

    /** "detection" or "flowspec" in any case; empty for anything else. */
    public static Optional<RuleSetKind> parse(String s) {
        if (s == null) return Optional.empty();
        for (RuleSetKind k : values()) if (k.sqlName().equalsIgnoreCase(s.strip())) return Optional.of(k);
        return Optional.empty();
    }
}

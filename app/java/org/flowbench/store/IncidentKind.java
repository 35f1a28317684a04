package org.flowbench.store;

import java.util.Locale;

/** What a labelled time range was: detection is scored against these. */
public enum IncidentKind {
    ATTACK, BENIGN, MAINTENANCE;

    public String sqlName() { return name().toLowerCase(Locale.ROOT); }

    public static IncidentKind fromSql(String s) { return valueOf(s.toUpperCase(Locale.ROOT)); }
}

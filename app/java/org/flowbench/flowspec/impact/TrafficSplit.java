package org.flowbench.flowspec.impact;

import java.util.ArrayList;
import java.util.List;
import org.flowbench.filter.FilterSyntaxException;
import org.flowbench.filter.Filters;
import org.flowbench.filter.SqlFragment;
import org.flowbench.flowspec.IpPrefix;
import org.flowbench.store.Incident;
import org.flowbench.store.IncidentKind;
import org.flowbench.store.SqlTime;
import org.flowbench.task.Nouns;

/**
 * Which rows are attack traffic; everything else counts as legitimate. Built from the dataset's
 * attack incidents, from an attack selector, or from a filter the user marks as legitimate.
 */
public final class TrafficSplit {
    private final SqlFragment attack;
    private final boolean known;
    private final String description;

    private TrafficSplit(SqlFragment attack, boolean known, String description) {
        this.attack = attack;
        this.known = known;
        this.description = description;
    }

    /** No split: every row counts as legitimate and the report says the split is unknown. */
    public static TrafficSplit none() {
        return new TrafficSplit(SqlFragment.of("FALSE"), false, "no attack/legitimate split");
    }

    /** Rows the selector matches are attack traffic. */
    public static TrafficSplit attack(SqlFragment attackRows) {
        return new TrafficSplit(attackRows, true, "attack selected by a filter");
    }

    /** Rows the filter matches are legitimate; all others are attack traffic. */
    public static TrafficSplit legitimate(SqlFragment legitimateRows) {
        // NOT over a NULL (e.g. an unknown country) would leave the row in neither class
        return new TrafficSplit(new SqlFragment("NOT coalesce((" + legitimateRows.sql() + "), FALSE)",
                legitimateRows.params()), true, "legitimate traffic selected by a filter");
    }

    /**
     * Attack traffic = rows inside an attack incident's time range that its filter selects (or,
     * without a filter, that go to its victim; without either, all its rows). Benign and
     * maintenance incidents stay legitimate. No attack incident gives {@link #none()}.
     *
     * @throws IllegalArgumentException naming the incident whose filter or victim cannot be read
     */
    public static TrafficSplit fromIncidents(List<Incident> incidents) {
        StringBuilder sql = new StringBuilder();
        List<Object> params = new ArrayList<>();
        int count = 0;
        for (Incident i : incidents) {
            if (i.kind() != IncidentKind.ATTACK) continue;
            SqlFragment what = selection(i);
            if (count++ > 0) sql.append(" OR ");
            sql.append("(ts >= ? AND ts < ? AND (").append(what.sql()).append("))");
            params.add(SqlTime.toSql(i.start()));
            params.add(SqlTime.toSql(i.end()));
            params.addAll(what.params());
        }
        if (count == 0) return none();
        return new TrafficSplit(new SqlFragment(sql.toString(), params), true,
                "attack = " + Nouns.count(count, "incident"));
    }

    private static SqlFragment selection(Incident i) {
        if (i.filter() != null && !i.filter().isBlank()) {
            try {
                return Filters.compile(i.filter());
            } catch (FilterSyntaxException e) {
                throw new IllegalArgumentException("incident '" + i.name() + "': its filter cannot be read: " + e.getMessage(), e);
            }
        }
        if (i.victim() != null && !i.victim().isBlank()) {
            try {
                return PrefixSql.within("dst_addr", IpPrefix.parse(i.victim()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("incident '" + i.name() + "': " + e.getMessage(), e);
            }
        }
        return SqlFragment.TRUE;
    }

    /** A condition that is TRUE for attack rows and FALSE (never NULL) for all others. */
    public SqlFragment attackCondition() {
        return new SqlFragment("coalesce((" + attack.sql() + "), FALSE)", attack.params());
    }

    public boolean known() { return known; }

    public String description() { return description; }
}

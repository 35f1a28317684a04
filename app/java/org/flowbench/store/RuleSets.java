package org.flowbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code rule_sets} table: detection and Flowspec rule sets saved in the workspace, one per
 * name and kind. It stores text it is given; checking that the text parses is the caller's job
 * (org.flowbench.rulesets), since the store knows neither rule language.
 */
public final class RuleSets {
    private static final String COLUMNS = "name, kind, format, body, rule_count, note, created_at, updated_at";

    private final Connection c;

    RuleSets(Connection c) {
        this.c = c;
    }

    /** Every stored set, by kind then name. */
    public List<StoredRuleSet> list() throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM rule_sets ORDER BY kind, lower(name), name")) {
            return read(ps);
        }
    }

    public List<StoredRuleSet> list(RuleSetKind kind) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM rule_sets WHERE kind = ? ORDER BY lower(name), name")) {
            ps.setString(1, kind.sqlName());
            return read(ps);
        }
    }

    /** Sets of any kind with this name: none, one, or one of each kind. */
    public List<StoredRuleSet> named(String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM rule_sets WHERE name = ? ORDER BY kind")) {
            ps.setString(1, name.strip());
            return read(ps);
        }
    }

    public Optional<StoredRuleSet> find(RuleSetKind kind, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM rule_sets WHERE kind = ? AND name = ?")) {
            ps.setString(1, kind.sqlName());
            ps.setString(2, name.strip());
            return read(ps).stream().findFirst();
        }
    }

    /**
     * Stores the set under its name; an existing set of that name and kind is replaced only when
     * {@code overwrite} is true (it keeps its creation time). Returns the set as stored.
     */
    public StoredRuleSet save(StoredRuleSet s, boolean overwrite) throws SQLException, RuleSetNameTakenException {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Optional<StoredRuleSet> old = find(s.kind(), s.name());
        if (old.isPresent() && !overwrite) throw new RuleSetNameTakenException(s.kind(), s.name());
        Instant created = old.map(StoredRuleSet::created).orElse(now);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO rule_sets (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT (kind, name) DO UPDATE SET format = excluded.format, body = excluded.body,"
                + " rule_count = excluded.rule_count, note = excluded.note, updated_at = excluded.updated_at")) {
            ps.setString(1, s.name());
            ps.setString(2, s.kind().sqlName());
            ps.setString(3, s.format());
            ps.setString(4, s.text());
            ps.setInt(5, s.ruleCount());
            ps.setString(6, s.note());
            ps.setObject(7, SqlTime.toSql(created));
            ps.setObject(8, SqlTime.toSql(now));
            ps.executeUpdate();
        }
        return new StoredRuleSet(s.name(), s.kind(), s.format(), s.text(), s.ruleCount(), s.note(), created, now);
    }

    /** False when there is no such set; refuses a name another set of the kind has. */
    public boolean rename(RuleSetKind kind, String from, String to) throws SQLException, RuleSetNameTakenException {
        if (to == null || to.isBlank()) throw new IllegalArgumentException("a stored rule set needs a name");
        String target = to.strip();
        if (find(kind, from).isEmpty()) return false;
        if (target.equals(from.strip())) return true;
        if (find(kind, target).isPresent()) throw new RuleSetNameTakenException(kind, target);
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE rule_sets SET name = ?, updated_at = ? WHERE kind = ? AND name = ?")) {
            ps.setString(1, target);
            ps.setObject(2, SqlTime.toSql(Instant.now().truncatedTo(ChronoUnit.MICROS)));
            ps.setString(3, kind.sqlName());
            ps.setString(4, from.strip());
            return ps.executeUpdate() > 0;
        }
    }

    /** False when there was no such set. */
    public boolean delete(RuleSetKind kind, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM rule_sets WHERE kind = ? AND name = ?")) {
            ps.setString(1, kind.sqlName());
            ps.setString(2, name.strip());
            return ps.executeUpdate() > 0;
        }
    }

    private static List<StoredRuleSet> read(PreparedStatement ps) throws SQLException {
        List<StoredRuleSet> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new StoredRuleSet(rs.getString("name"), RuleSetKind.fromSql(rs.getString("kind")),
                        rs.getString("format"), rs.getString("body"), rs.getInt("rule_count"), rs.getString("note"),
                        SqlTime.read(rs, "created_at"), SqlTime.read(rs, "updated_at")));
            }
        }
        return out;
    }
}

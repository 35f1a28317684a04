package org.flowbench.flowspec.impact;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.flowbench.filter.SqlFragment;
import org.flowbench.flowspec.AddressFamily;
import org.flowbench.flowspec.BitmaskComponent;
import org.flowbench.flowspec.BitmaskTerm;
import org.flowbench.flowspec.Component;
import org.flowbench.flowspec.ComponentType;
import org.flowbench.flowspec.FlowspecRule;
import org.flowbench.flowspec.NumericComponent;
import org.flowbench.flowspec.NumericTerm;
import org.flowbench.flowspec.PrefixComponent;

/**
 * A rule's match as a condition over the {@code flows} columns, as RFC 8955 section 4.2 and
 * RFC 8956 section 3 define it: the AND of the components; within one component, terms are ORed
 * with AND binding tighter. Values are bound, never written into the SQL.
 */
public final class RuleMatcher {
    private RuleMatcher() {}

    /** The condition a row must meet for the rule to match it. */
    public static SqlFragment match(FlowspecRule rule) throws NotSimulableException {
        List<SqlFragment> parts = new ArrayList<>();
        // a flow4 rule never sees IPv6 packets and the other way round
        parts.add(SqlFragment.of("ip_version = ?", rule.family() == AddressFamily.IPV4 ? 4 : 6));
        for (Component c : rule.componentsInTypeOrder()) parts.add(component(rule, c));
        return and(parts);
    }

    /** Whether the rule reads the packet length, which flow records only know as a mean. */
    public static boolean usesPacketLength(FlowspecRule rule) {
        return rule.component(ComponentType.PACKET_LENGTH).isPresent();
    }

    /** The one destination address the rule requires (a /32 or /128 without offset), as stored; null otherwise. */
    public static BigInteger hostDestination(FlowspecRule rule) {
        List<Component> dsts = rule.components().stream().filter(c -> c.type() == ComponentType.DESTINATION_PREFIX).toList();
        if (dsts.size() != 1) return null;
        PrefixComponent d = (PrefixComponent) dsts.get(0);
        if (d.offset() != 0 || d.prefix().length() != d.prefix().family().bits() || d.prefix().family() != rule.family()) return null;
        return d.prefix().flowsLow();
    }

    static SqlFragment component(FlowspecRule rule, Component c) throws NotSimulableException {
        ComponentType type = c.type();
        return switch (type) {
            case DESTINATION_PREFIX -> prefix("dst_addr", (PrefixComponent) c);
            case SOURCE_PREFIX -> prefix("src_addr", (PrefixComponent) c);
            case IP_PROTOCOL -> numeric("proto", (NumericComponent) c);
            case PORT -> transport(SqlFragment.of("proto IN (6, 17)"),
                    or(numeric("src_port", (NumericComponent) c), numeric("dst_port", (NumericComponent) c)));
            case DESTINATION_PORT -> transport(SqlFragment.of("proto IN (6, 17)"), numeric("dst_port", (NumericComponent) c));
            case SOURCE_PORT -> transport(SqlFragment.of("proto IN (6, 17)"), numeric("src_port", (NumericComponent) c));
            case ICMP_TYPE -> transport(SqlFragment.of("proto = ?", rule.family().icmpProtocol()), numeric("icmp_type", (NumericComponent) c));
            case ICMP_CODE -> transport(SqlFragment.of("proto = ?", rule.family().icmpProtocol()), numeric("icmp_code", (NumericComponent) c));
            // the column holds TCP header octet 14; a 2-octet value's high octet (13) is compared as 0
            case TCP_FLAGS -> transport(SqlFragment.of("proto = 6"), bitmask("tcp_flags", (BitmaskComponent) c));
            case PACKET_LENGTH -> numeric("pkt_len", (NumericComponent) c);
            case DSCP -> numeric("dscp", (NumericComponent) c);
            case FRAGMENT -> bitmask("frag", (BitmaskComponent) c);
            case FLOW_LABEL -> throw new NotSimulableException("rule " + describe(rule) + " matches the IPv6 flow label ("
                    + c + "), which the stored traffic does not record: its impact cannot be simulated on this data");
        };
    }

    /**
     * RFC 8955 sections 4.2.2.4-9: the component needs the protocol and a transport header, so it
     * never matches a non-first fragment (IsF set, FF clear).
     */
    private static SqlFragment transport(SqlFragment protocol, SqlFragment test) {
        return and(List.of(protocol, SqlFragment.of("(frag & 6) <> 2"), test));
    }

    private static SqlFragment prefix(String column, PrefixComponent p) {
        if (p.prefix().family() == AddressFamily.IPV6 && p.offset() > 0) return PrefixSql.withOffset(column, p.prefix(), p.offset());
        return PrefixSql.within(column, p.prefix());
    }

    static SqlFragment numeric(String column, NumericComponent c) {
        List<List<SqlFragment>> groups = new ArrayList<>();
        for (NumericTerm t : c.terms()) {
            if (groups.isEmpty() || !t.and()) groups.add(new ArrayList<>());
            groups.get(groups.size() - 1).add(numericTerm(column, t));
        }
        return orOfAnds(groups);
    }

    private static SqlFragment numericTerm(String column, NumericTerm t) {
        return switch (t.op()) {
            case FALSE -> SqlFragment.of("FALSE");
            case TRUE -> SqlFragment.of("TRUE");
            case EQ -> SqlFragment.of(column + " = ?", t.value());
            case GT -> SqlFragment.of(column + " > ?", t.value());
            case GE -> SqlFragment.of(column + " >= ?", t.value());
            case LT -> SqlFragment.of(column + " < ?", t.value());
            case LE -> SqlFragment.of(column + " <= ?", t.value());
            case NE -> SqlFragment.of(column + " <> ?", t.value());
        };
    }

    static SqlFragment bitmask(String column, BitmaskComponent c) {
        List<List<SqlFragment>> groups = new ArrayList<>();
        for (BitmaskTerm t : c.terms()) {
            if (groups.isEmpty() || !t.and()) groups.add(new ArrayList<>());
            groups.get(groups.size() - 1).add(bitmaskTerm(column, t));
        }
        return orOfAnds(groups);
    }

    /** RFC 8955 section 4.2.1.2: m = all value bits set, else any of them; not inverts. */
    private static SqlFragment bitmaskTerm(String column, BitmaskTerm t) {
        String test = t.match() ? "(" + column + "::INTEGER & ?) = ?" : "(" + column + "::INTEGER & ?) <> 0";
        SqlFragment f = t.match() ? SqlFragment.of(test, t.value(), t.value()) : SqlFragment.of(test, t.value());
        return t.not() ? new SqlFragment("NOT (" + f.sql() + ")", f.params()) : f;
    }

    private static SqlFragment orOfAnds(List<List<SqlFragment>> groups) {
        if (groups.isEmpty()) return SqlFragment.of("FALSE");   // no terms: nothing matches, as in the model
        List<SqlFragment> ors = new ArrayList<>();
        for (List<SqlFragment> g : groups) ors.add(and(g));
        SqlFragment result = ors.get(0);
        for (int i = 1; i < ors.size(); i++) result = or(result, ors.get(i));
        return result;
    }

    private static SqlFragment and(List<SqlFragment> parts) {
        if (parts.size() == 1) return parts.get(0);
        StringBuilder sql = new StringBuilder();
        List<Object> params = new ArrayList<>();
        for (SqlFragment p : parts) {
            if (sql.length() > 0) sql.append(" AND ");
            sql.append('(').append(p.sql()).append(')');
            params.addAll(p.params());
        }
        return new SqlFragment(sql.toString(), params);
    }

    private static SqlFragment or(SqlFragment a, SqlFragment b) {
        List<Object> params = new ArrayList<>(a.params());
        params.addAll(b.params());
        return new SqlFragment("(" + a.sql() + ") OR (" + b.sql() + ")", params);
    }

    static String describe(FlowspecRule rule) {
        return rule.name() != null ? "'" + rule.name() + "'" : "'" + rule + "'";
    }
}

package org.flowbench.flowspec.impact;

import java.util.List;

/** The VALUES table of every rule's {@link RuleBox}es and the join filter that applies them. */
final class BoxTable {
    /** Domains of the bit-string columns (RuleBoxes builds strings of these lengths). */
    static final int BYTE = 256, DSCP = 64, FRAG = 16;

    private BoxTable() {}

    /** Every box names exactly one protocol: then the protocol joins the hash key and fewer pairs are tested. */
    static boolean protocolKey(List<SimulatedRule> rules) {
        for (SimulatedRule r : rules) {
            if (r.boxes() == null) continue;
            for (RuleBox b : r.boxes()) if (singleProtocol(b) < 0) return false;
        }
        return true;
    }

    static int singleProtocol(RuleBox b) {
        if (b.proto() == null) return -1;
        int first = b.proto().indexOf('1');
        return first >= 0 && b.proto().indexOf('1', first + 1) < 0 ? first : -1;
    }

    /**
     * The join's residual filter, with a test only for the columns some box constrains, so the
     * scan reads no column it does not need. Null box columns are unconstrained; bit strings are
     * indexed by the column's value.
     */
    static String residual(List<SimulatedRule> rules) {
        boolean src = false, proto = false, sp = false, dp = false, len = false, type = false, code = false, flags = false,
                dscp = false, frag = false;
        boolean key = protocolKey(rules);
        for (SimulatedRule r : rules) {
            if (r.boxes() == null) continue;
            for (RuleBox b : r.boxes()) {
                src |= b.srcLow() != null;
                proto |= b.proto() != null && !key;
                sp |= b.srcPort() != null;
                dp |= b.dstPort() != null;
                len |= b.length() != null;
                type |= b.icmpType() != null;
                code |= b.icmpCode() != null;
                flags |= b.tcpFlags() != null;
                dscp |= b.dscp() != null;
                frag |= b.fragment() != null;
            }
        }
        // no IS NULL branches (they cost more than the tests themselves, docs/decisions/0235): an
        // unconstrained box carries the whole domain, and a NULL column value is mapped to a slot
        // (-1, or the bit after the domain) that only unconstrained boxes allow
        StringBuilder sb = new StringBuilder("TRUE");
        if (frag) sb.append(" AND get_bit(boxes.frag, coalesce(raw.frag::INTEGER, " + FRAG + ")) = 1");
        if (proto) sb.append(" AND get_bit(boxes.proto, coalesce(raw.proto::INTEGER, " + BYTE + ")) = 1");
        if (sp) sb.append(" AND coalesce(raw.src_port::INTEGER, -1) BETWEEN boxes.sp_lo AND boxes.sp_hi");
        if (dp) sb.append(" AND coalesce(raw.dst_port::INTEGER, -1) BETWEEN boxes.dp_lo AND boxes.dp_hi");
        if (len) sb.append(" AND coalesce(raw.pkt_len::INTEGER, -1) BETWEEN boxes.len_lo AND boxes.len_hi");
        if (type) sb.append(" AND get_bit(boxes.icmp_type, coalesce(raw.icmp_type::INTEGER, " + BYTE + ")) = 1");
        if (code) sb.append(" AND get_bit(boxes.icmp_code, coalesce(raw.icmp_code::INTEGER, " + BYTE + ")) = 1");
        if (flags) sb.append(" AND get_bit(boxes.flags, coalesce(raw.tcp_flags::INTEGER, " + BYTE + ")) = 1");
        if (dscp) sb.append(" AND get_bit(boxes.dscp, coalesce(raw.dscp::INTEGER, " + DSCP + ")) = 1");
        if (src) sb.append(" AND (boxes.src_lo IS NULL OR raw.src_addr BETWEEN boxes.src_lo AND boxes.src_hi)");
        return sb.toString();
    }

    /** The join condition: destination and family, and the protocol when every box names one. */
    static String key(List<SimulatedRule> rules) {
        return "raw.dst_addr = boxes.host AND raw.ip_version = boxes.v" + (protocolKey(rules) ? " AND raw.proto = boxes.pk" : "");
    }

    /**
     * Whether a row can meet at most one box: every rule is boxed and no two boxes share a join
     * key, so the join gives each matched row once, with its rule.
     */
    static boolean oneBoxPerRow(List<SimulatedRule> rules) {
        boolean protocol = protocolKey(rules);
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (SimulatedRule r : rules) {
            if (r.boxes() == null) return false;
            for (RuleBox b : r.boxes()) {
                if (!keys.add(b.version() + "/" + b.host() + (protocol ? "/" + singleProtocol(b) : ""))) return false;
            }
        }
        return true;
    }

    static boolean any(List<SimulatedRule> rules) {
        for (SimulatedRule r : rules) if (r.boxes() != null && !r.boxes().isEmpty()) return true;
        return false;
    }

    /** {@code boxes(...) AS (VALUES ...), } when some rule has boxes; nothing otherwise. */
    static void write(SqlBuilder q, List<SimulatedRule> rules) {
        if (!any(rules)) return;
        q.text("boxes(r, v, pk, host, src_lo, src_hi, proto, sp_lo, sp_hi, dp_lo, dp_hi, len_lo, len_hi, icmp_type, icmp_code, "
                + "flags, dscp, frag) AS (VALUES ");
        boolean first = true;
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i).boxes() == null) continue;
            for (RuleBox b : rules.get(i).boxes()) {
                q.text(first ? "(" : ", (").text((i + 1) + ", " + b.version() + ", " + singleProtocol(b) + ", CAST(").param(b.host().toString()).text(" AS UHUGEINT), ");
                hugeint(q, b.srcLow());
                hugeint(q, b.srcHigh());
                bits(q, b.proto(), BYTE);
                interval(q, b.srcPort());
                interval(q, b.dstPort());
                interval(q, b.length());
                bits(q, b.icmpType(), BYTE);
                bits(q, b.icmpCode(), BYTE);
                bits(q, b.tcpFlags(), BYTE);
                bits(q, b.dscp(), DSCP);
                q.text("CAST(").param(slots(b.fragment(), FRAG)).text(" AS BIT))");
                first = false;
            }
        }
        q.text("), ");
    }

    private static void hugeint(SqlBuilder q, java.math.BigInteger v) {
        if (v == null) q.text("NULL::UHUGEINT, ");
        else q.text("CAST(").param(v.toString()).text(" AS UHUGEINT), ");
    }

    private static void bits(SqlBuilder q, String bits, int domain) {
        q.text("CAST(").param(slots(bits, domain)).text(" AS BIT), ");
    }

    /** The allowed values plus one slot for NULL: allowed only when the box leaves the column free. */
    static String slots(String bits, int domain) {
        return bits == null ? "1".repeat(domain + 1) : bits + "0";
    }

    /** Unconstrained: from -1 (a NULL column value) to any value. */
    private static void interval(SqlBuilder q, int[] range) {
        if (range == null) q.text("-1::INTEGER, 2147483647::INTEGER, ");
        else q.text("").param(range[0]).text("::INTEGER, ").param(range[1]).text("::INTEGER, ");
    }
}

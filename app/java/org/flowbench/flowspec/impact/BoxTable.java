package org.flowbench.flowspec.impact;

import java.util.List;

/** The VALUES table of every rule's {@link RuleBox}es and the join filter that applies them. */
final class BoxTable {
    /** Null columns are unconstrained; bit strings are indexed by the column's value. */
    static final String RESIDUAL = "(boxes.src_lo IS NULL OR base.src_addr BETWEEN boxes.src_lo AND boxes.src_hi) "
            + "AND (boxes.proto IS NULL OR get_bit(boxes.proto, base.proto) = 1) "
            + "AND (boxes.sp_lo IS NULL OR base.src_port BETWEEN boxes.sp_lo AND boxes.sp_hi) "
            + "AND (boxes.dp_lo IS NULL OR base.dst_port BETWEEN boxes.dp_lo AND boxes.dp_hi) "
            + "AND (boxes.len_lo IS NULL OR base.pkt_len BETWEEN boxes.len_lo AND boxes.len_hi) "
            + "AND (boxes.icmp_type IS NULL OR get_bit(boxes.icmp_type, base.icmp_type) = 1) "
            + "AND (boxes.icmp_code IS NULL OR get_bit(boxes.icmp_code, base.icmp_code) = 1) "
            + "AND (boxes.flags IS NULL OR get_bit(boxes.flags, base.tcp_flags) = 1) "
            + "AND (boxes.dscp IS NULL OR get_bit(boxes.dscp, base.dscp) = 1) "
            + "AND (boxes.frag IS NULL OR get_bit(boxes.frag, base.frag) = 1)";

    private BoxTable() {}

    static boolean any(List<SimulatedRule> rules) {
        for (SimulatedRule r : rules) if (r.boxes() != null && !r.boxes().isEmpty()) return true;
        return false;
    }

    /** {@code boxes(...) AS (VALUES ...), } when some rule has boxes; nothing otherwise. */
    static void write(SqlBuilder q, List<SimulatedRule> rules) {
        if (!any(rules)) return;
        q.text("boxes(r, v, host, src_lo, src_hi, proto, sp_lo, sp_hi, dp_lo, dp_hi, len_lo, len_hi, icmp_type, icmp_code, "
                + "flags, dscp, frag) AS (VALUES ");
        boolean first = true;
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i).boxes() == null) continue;
            for (RuleBox b : rules.get(i).boxes()) {
                q.text(first ? "(" : ", (").text((i + 1) + ", " + b.version() + ", CAST(").param(b.host().toString()).text(" AS UHUGEINT), ");
                hugeint(q, b.srcLow());
                hugeint(q, b.srcHigh());
                bits(q, b.proto());
                interval(q, b.srcPort());
                interval(q, b.dstPort());
                interval(q, b.length());
                bits(q, b.icmpType());
                bits(q, b.icmpCode());
                bits(q, b.tcpFlags());
                bits(q, b.dscp());
                if (b.fragment() == null) q.text("NULL::BIT)");
                else q.text("CAST(").param(b.fragment()).text(" AS BIT))");
                first = false;
            }
        }
        q.text("), ");
    }

    private static void hugeint(SqlBuilder q, java.math.BigInteger v) {
        if (v == null) q.text("NULL::UHUGEINT, ");
        else q.text("CAST(").param(v.toString()).text(" AS UHUGEINT), ");
    }

    private static void bits(SqlBuilder q, String bits) {
        if (bits == null) q.text("NULL::BIT, ");
        else q.text("CAST(").param(bits).text(" AS BIT), ");
    }

    private static void interval(SqlBuilder q, int[] range) {
        if (range == null) q.text("NULL::INTEGER, NULL::INTEGER, ");
        else q.text("").param(range[0]).text("::INTEGER, ").param(range[1]).text("::INTEGER, ");
    }
}

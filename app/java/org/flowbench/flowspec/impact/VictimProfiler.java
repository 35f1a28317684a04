package org.flowbench.flowspec.impact;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flowbench.filter.SqlFragment;
import org.flowbench.flowspec.IpPrefix;
import org.flowbench.store.SqlTime;

/**
 * Profiles the traffic to a victim with two small aggregate queries: the protocol mix, then,
 * for the dominant protocol, port, flag, fragment and length histograms. Only aggregates reach Java.
 */
final class VictimProfiler {
    /** A protocol or port set must carry this share of packets to become a rule component. */
    static final double DOMINANT = 0.8;
    /** Ports taken at most, most packets first, until they cover {@link #COVER}. */
    static final int MAX_PORTS = 3;
    static final double COVER = 0.95;

    private VictimProfiler() {}

    static VictimProfile profile(Connection c, long datasetId, TimeWindow window, IpPrefix victim, SqlFragment attackFilter)
            throws SQLException {
        SqlFragment scope = PrefixSql.within("dst_addr", victim).and(attackFilter == null ? SqlFragment.TRUE : attackFilter);
        Map<Integer, Double> protocols = new LinkedHashMap<>();
        query(c, "SELECT proto, sum(packets::DOUBLE * sampling_rate) AS p FROM flows WHERE ", datasetId, window, scope,
                " GROUP BY proto ORDER BY p DESC, proto", rs -> protocols.put(rs.getInt(1), rs.getDouble(2)));
        double total = 0;
        for (double p : protocols.values()) total += p;
        int[] none = new int[6];
        if (total <= 0) return new VictimProfile(victim, 0, -1, 0, List.of(), List.of(), 0, -1, none, 0);
        int proto = protocols.keySet().iterator().next();
        double protoShare = protocols.get(proto) / total;

        Map<String, Map<Integer, Double>> hist = new LinkedHashMap<>();
        for (String part : List.of("sport", "dport", "flags", "len", "frag")) hist.put(part, new LinkedHashMap<>());
        // ports, flags and lengths of packets that carry a transport header; fragments counted apart
        String sql = "SELECT 'sport', src_port, sum(p) FROM v WHERE NOT nf GROUP BY src_port "
                + "UNION ALL SELECT 'dport', dst_port, sum(p) FROM v WHERE NOT nf GROUP BY dst_port "
                + "UNION ALL SELECT 'flags', tcp_flags, sum(p) FROM v WHERE NOT nf GROUP BY tcp_flags "
                + "UNION ALL SELECT 'len', pkt_len, sum(p) FROM v WHERE NOT nf GROUP BY pkt_len "
                + "UNION ALL SELECT 'frag', nf::INTEGER, sum(p) FROM v GROUP BY nf";
        query(c, "WITH v AS (SELECT src_port, dst_port, tcp_flags, pkt_len, (frag & 6) = 2 AS nf, "
                + "packets::DOUBLE * sampling_rate AS p FROM flows WHERE ", datasetId, window,
                scope.and(SqlFragment.of("proto = ?", proto)), ") " + sql,
                rs -> hist.get(rs.getString(1)).merge(rs.getInt(2), rs.getDouble(3), Double::sum));
        double headed = hist.get("frag").getOrDefault(0, 0.0);
        double fragments = hist.get("frag").getOrDefault(1, 0.0);
        boolean ports = proto == 6 || proto == 17;
        List<Integer> sports = ports ? dominant(hist.get("sport"), headed) : List.of();
        List<Integer> dports = ports ? dominant(hist.get("dport"), headed) : List.of();
        double portShare = share(hist.get(sports.isEmpty() ? "dport" : "sport"), sports.isEmpty() ? dports : sports, headed);
        int flags = -1;
        if (proto == 6) {
            List<Integer> f = top(hist.get("flags"));
            if (!f.isEmpty() && hist.get("flags").get(f.get(0)) / headed >= DOMINANT) flags = f.get(0);
        }
        return new VictimProfile(victim, total, proto, protoShare, sports, dports, portShare, flags,
                percentiles(hist.get("len"), headed), fragments / (fragments + headed));
    }

    /** Top ports until they cover {@link #COVER} of the packets; none unless they reach {@link #DOMINANT}. */
    static List<Integer> dominant(Map<Integer, Double> counts, double total) {
        List<Integer> chosen = new ArrayList<>();
        double covered = 0;
        for (int port : top(counts)) {
            if (chosen.size() == MAX_PORTS || covered >= COVER * total) break;
            if (port == 0) continue;    // port 0 is "no port here", not a port a rule should name
            chosen.add(port);
            covered += counts.get(port);
        }
        return total > 0 && covered / total >= DOMINANT ? chosen : List.of();
    }

    private static double share(Map<Integer, Double> counts, List<Integer> ports, double total) {
        double s = 0;
        for (int p : ports) s += counts.getOrDefault(p, 0.0);
        return total <= 0 ? 0 : s / total;
    }

    private static List<Integer> top(Map<Integer, Double> counts) {
        List<Integer> keys = new ArrayList<>(counts.keySet());
        keys.sort((a, b) -> {
            int byCount = Double.compare(counts.get(b), counts.get(a));
            return byCount != 0 ? byCount : Integer.compare(a, b);
        });
        return keys;
    }

    /** Packet-weighted length percentiles: the smallest length whose cumulative share reaches each level. */
    static int[] percentiles(Map<Integer, Double> lengths, double total) {
        double[] levels = {0, 0.10, 0.25, 0.75, 0.90, 1.0};
        int[] out = new int[levels.length];
        if (lengths.isEmpty() || total <= 0) return out;
        List<Integer> sorted = new ArrayList<>(lengths.keySet());
        sorted.sort(null);
        out[0] = sorted.get(0);
        double cum = 0;
        int level = 1;
        for (int len : sorted) {
            cum += lengths.get(len);
            while (level < levels.length && cum >= levels[level] * total - 1e-9) out[level++] = len;
        }
        while (level < levels.length) out[level++] = sorted.get(sorted.size() - 1);
        return out;
    }

    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    private static void query(Connection c, String head, long datasetId, TimeWindow window, SqlFragment scope, String tail,
                              RowReader reader) throws SQLException {
        SqlBuilder q = new SqlBuilder().text(head).text("dataset_id = ").param(datasetId);
        if (window.from() != null) q.text(" AND ts >= ").param(SqlTime.toSql(window.from()));
        if (window.to() != null) q.text(" AND ts < ").param(SqlTime.toSql(window.to()));
        q.text(" AND ").fragment(scope).text(tail);
        try (PreparedStatement ps = c.prepareStatement(q.sql())) {
            for (int i = 0; i < q.params().size(); i++) ps.setObject(i + 1, q.params().get(i));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) reader.read(rs);
            }
        }
    }
}

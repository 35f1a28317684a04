package org.flowbench.detect;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a trigger condition can test, per window and key. Rates are per second over the whole
 * window and scaled by the sampling rate (DESIGN.md "Time, units, sampling"); {@code flows} is
 * records per second and not scaled, as the rollups count it; shares are 0..1.
 */
public enum Metric {
    BPS("bps", Kind.RATE, "bit/s", "bits per second", Sum.BYTES, 8),
    PPS("pps", Kind.RATE, "pkt/s", "packets per second", Sum.PACKETS, 1),
    FLOWS("flows", Kind.RATE, "flows/s", "flow records per second", Sum.FLOWS, 1),
    TCP_BPS("tcp_bps", Kind.RATE, "bit/s", "TCP bits per second", Sum.TCP_BYTES, 8),
    TCP_PPS("tcp_pps", Kind.RATE, "pkt/s", "TCP packets per second", Sum.TCP_PACKETS, 1),
    UDP_BPS("udp_bps", Kind.RATE, "bit/s", "UDP bits per second", Sum.UDP_BYTES, 8),
    UDP_PPS("udp_pps", Kind.RATE, "pkt/s", "UDP packets per second", Sum.UDP_PACKETS, 1),
    ICMP_BPS("icmp_bps", Kind.RATE, "bit/s", "ICMP and ICMPv6 bits per second", Sum.ICMP_BYTES, 8),
    ICMP_PPS("icmp_pps", Kind.RATE, "pkt/s", "ICMP and ICMPv6 packets per second", Sum.ICMP_PACKETS, 1),
    SYN_BPS("syn_bps", Kind.RATE, "bit/s", "bits per second of TCP SYN without ACK", Sum.SYN_BYTES, 8),
    SYN_PPS("syn_pps", Kind.RATE, "pkt/s", "TCP SYN (without ACK) packets per second", Sum.SYN_PACKETS, 1),
    FRAG_BPS("frag_bps", Kind.RATE, "bit/s", "bits per second of IP fragments", Sum.FRAG_BYTES, 8),
    FRAG_PPS("frag_pps", Kind.RATE, "pkt/s", "IP fragments per second", Sum.FRAG_PACKETS, 1),
    SYN_SHARE("syn_share", Kind.SHARE, "", "share of TCP packets that are SYN without ACK", Sum.SYN_PACKETS, Sum.TCP_PACKETS),
    FRAG_SHARE("frag_share", Kind.SHARE, "", "share of packets that are IP fragments", Sum.FRAG_PACKETS, Sum.PACKETS),
    PKT_AVG("pkt_avg", Kind.SHARE, "B", "mean packet size", Sum.BYTES, Sum.PACKETS),
    SOURCES("sources", Kind.DISTINCT, "", "distinct source addresses in the window", "src_addr"),
    COUNTRIES("countries", Kind.DISTINCT, "", "distinct source countries in the window (needs enrichment)", "src_country"),
    PKT_P50("pkt_p50", Kind.PERCENTILE, "B", "median packet size (packet-weighted)", 0.50),
    PKT_P95("pkt_p95", Kind.PERCENTILE, "B", "95th percentile of packet size (packet-weighted)", 0.95),
    PKT_P99("pkt_p99", Kind.PERCENTILE, "B", "99th percentile of packet size (packet-weighted)", 0.99);

    /** How a metric is computed, which decides the SQL path (sums combine over sliding windows, the rest not all). */
    public enum Kind { RATE, SHARE, DISTINCT, PERCENTILE }

    /**
     * Additive per-window sums, scaled by the sampling rate; every rate and share is made of them.
     * Each row's product is summed as DOUBLE: cheaper than DuckDB's 128-bit integer sums and exact
     * below 2^53 packets or bytes per window.
     */
    enum Sum {
        PACKETS("(packets * sampling_rate)::DOUBLE", "packets::DOUBLE"),
        BYTES("(bytes * sampling_rate)::DOUBLE", "bytes::DOUBLE"),
        FLOWS("flows::DOUBLE", "flows::DOUBLE"),
        TCP_PACKETS("CASE WHEN proto = 6 THEN (packets * sampling_rate)::DOUBLE END", "CASE WHEN proto = 6 THEN packets::DOUBLE END"),
        TCP_BYTES("CASE WHEN proto = 6 THEN (bytes * sampling_rate)::DOUBLE END", "CASE WHEN proto = 6 THEN bytes::DOUBLE END"),
        UDP_PACKETS("CASE WHEN proto = 17 THEN (packets * sampling_rate)::DOUBLE END", "CASE WHEN proto = 17 THEN packets::DOUBLE END"),
        UDP_BYTES("CASE WHEN proto = 17 THEN (bytes * sampling_rate)::DOUBLE END", "CASE WHEN proto = 17 THEN bytes::DOUBLE END"),
        ICMP_PACKETS("CASE WHEN proto IN (1, 58) THEN (packets * sampling_rate)::DOUBLE END",
                "CASE WHEN proto IN (1, 58) THEN packets::DOUBLE END"),
        ICMP_BYTES("CASE WHEN proto IN (1, 58) THEN (bytes * sampling_rate)::DOUBLE END",
                "CASE WHEN proto IN (1, 58) THEN bytes::DOUBLE END"),
        // SYN without ACK: what a SYN flood sends; a SYN-ACK is a server answering
        SYN_PACKETS("CASE WHEN proto = 6 AND (tcp_flags & 18) = 2 THEN (packets * sampling_rate)::DOUBLE END", "syn_packets::DOUBLE"),
        SYN_BYTES("CASE WHEN proto = 6 AND (tcp_flags & 18) = 2 THEN (bytes * sampling_rate)::DOUBLE END", "syn_bytes::DOUBLE"),
        // RFC 8955 fragment bits: IsF (2) marks every fragment, first or not
        FRAG_PACKETS("CASE WHEN (frag & 2) <> 0 THEN (packets * sampling_rate)::DOUBLE END", "frag_packets::DOUBLE"),
        FRAG_BYTES("CASE WHEN (frag & 2) <> 0 THEN (bytes * sampling_rate)::DOUBLE END", "frag_bytes::DOUBLE");

        /** Over {@code flows} rows. */
        final String expression;
        /** The same sum over {@code rollup_dst_second} rows, whose sums are already scaled (store.Rollups). */
        final String rollupExpression;

        Sum(String expression, String rollupExpression) {
            this.expression = expression;
            this.rollupExpression = rollupExpression;
        }

        String column() { return "s_" + name().toLowerCase(Locale.ROOT); }
    }

    private final String id;
    private final Kind kind;
    private final String unit;
    private final String description;
    final Sum numerator;
    final Sum denominator;
    final int factor;
    final String distinctColumn;
    final double quantile;

    Metric(String id, Kind kind, String unit, String description, Sum sum, int factor) {
        this(id, kind, unit, description, sum, null, factor, null, 0);
    }

    Metric(String id, Kind kind, String unit, String description, Sum numerator, Sum denominator) {
        this(id, kind, unit, description, numerator, denominator, 1, null, 0);
    }

    Metric(String id, Kind kind, String unit, String description, String distinctColumn) {
        this(id, kind, unit, description, null, null, 1, distinctColumn, 0);
    }

    Metric(String id, Kind kind, String unit, String description, double quantile) {
        this(id, kind, unit, description, null, null, 1, null, quantile);
    }

    Metric(String id, Kind kind, String unit, String description, Sum numerator, Sum denominator, int factor,
           String distinctColumn, double quantile) {
        this.id = id;
        this.kind = kind;
        this.unit = unit;
        this.description = description;
        this.numerator = numerator;
        this.denominator = denominator;
        this.factor = factor;
        this.distinctColumn = distinctColumn;
        this.quantile = quantile;
    }

    /** The name conditions use, e.g. {@code udp_bps}. */
    public String id() { return id; }
    public Kind kind() { return kind; }
    public String unit() { return unit; }
    public String description() { return description; }

    /** The column holding this metric in window rows. */
    String column() { return "m_" + id; }

    public static Optional<Metric> byId(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(m -> m.id.equals(wanted)).findFirst();
    }
}

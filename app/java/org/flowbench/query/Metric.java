package org.flowbench.query;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What an Explore chart or top-N table measures. Packet and byte counters are scaled by each
 * row's sampling rate; flow counts are not (a sampled flow record is still one record, as the
 * rollups count it); distinct counts cannot be scaled.
 */
public enum Metric {
    /** Layer-3 bits per second (IP total length). */
    BPS("bps", "bit/s", Kind.RATE, "sum((bytes * sampling_rate)::DOUBLE)", "bytes::DOUBLE", 8),
    /** Layer-2 bits per second: 18 more bytes (Ethernet header and FCS) per packet, as Akvorado's l2bps. */
    L2_BPS("l2bps", "bit/s", Kind.RATE, "sum(((bytes + 18 * packets) * sampling_rate)::DOUBLE)", "(bytes + 18 * packets)::DOUBLE", 8),
    PPS("pps", "packet/s", Kind.RATE, "sum((packets * sampling_rate)::DOUBLE)", "packets::DOUBLE", 1),
    PACKETS("packets", "packets", Kind.COUNT, "sum((packets * sampling_rate)::DOUBLE)", "packets::DOUBLE", 1),
    BYTES("bytes", "bytes", Kind.COUNT, "sum((bytes * sampling_rate)::DOUBLE)", "bytes::DOUBLE", 1),
    FLOWS("flows", "flows", Kind.COUNT, "sum(flows::DOUBLE)", "flows::DOUBLE", 1),
    DISTINCT_SOURCES("sources", "addresses", Kind.DISTINCT, "count(DISTINCT src_addr)", null, 1),
    DISTINCT_DESTINATIONS("destinations", "addresses", Kind.DISTINCT, "count(DISTINCT dst_addr)", null, 1);

    /** How a bucket's value is derived from its rows. */
    public enum Kind {
        /** The counter divided by the bucket's seconds. */
        RATE,
        /** The counter summed over the bucket. */
        COUNT,
        /** Distinct addresses in the bucket: neither additive over time nor over series. */
        DISTINCT
    }

    private final String shortName;
    private final String unit;
    private final Kind kind;
    private final String rawSql;
    private final String rollupValue;
    private final double counterFactor;

    Metric(String shortName, String unit, Kind kind, String rawSql, String rollupValue, double counterFactor) {
        this.shortName = shortName;
        this.unit = unit;
        this.kind = kind;
        this.rawSql = rawSql;
        this.rollupValue = rollupValue;
        this.counterFactor = counterFactor;
    }

    /** The name the command line and saved views use: bps, l2bps, pps, packets, bytes, flows, sources, destinations. */
    public String shortName() { return shortName; }

    /** Unit of one bucket value: bit/s, packet/s, packets, bytes, flows or addresses. */
    public String unit() { return unit; }

    public Kind kind() { return kind; }

    public boolean isRate() { return kind == Kind.RATE; }

    /** Whether series and bucket values add up (top-N plus Other equals the total). */
    public boolean isAdditive() { return kind != Kind.DISTINCT; }

    /**
     * Unit of {@link SeriesStats#total()} and {@link TopTable.Row#total()}: a rate's counter over
     * the range (bits for bps, packets for pps), else the metric's own unit.
     */
    public String totalUnit() {
        return switch (this) {
            case BPS, L2_BPS -> "bits";
            case PPS -> "packets";
            default -> unit;
        };
    }

    /**
     * Aggregate over {@code flows} rows giving the counter (bytes, packets, ...) before
     * {@link #counterFactor()}. Sums run in DOUBLE: DuckDB sums integers as HUGEINT, which made
     * the grouping 2-3x slower, and doubles stay exact for integer sums below 2^53.
     */
    String rawSql() { return rawSql; }

    /** The same over the rollup tables (already scaled by sampling rate); null when rollups cannot answer. */
    String rollupSql() { return rollupValue == null ? null : "sum(" + rollupValue + ")"; }

    /** One rollup row's counter, for a rollup that holds one row per key (no sum needed). */
    String rollupValue() { return rollupValue; }

    /** Multiplier from the SQL counter to the metric's total unit: 8 bits per byte for bps. */
    double counterFactor() { return counterFactor; }

    /** Looks a metric up by its short name or enum name, case-insensitively ("bps", "L2_BPS", "l2-bps"). */
    public static Optional<Metric> parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
        return Arrays.stream(values())
                .filter(m -> m.shortName.equals(t) || m.name().toLowerCase(Locale.ROOT).replace("_", "").equals(t))
                .findFirst();
    }
}

package org.flowbench.report;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The one number formatter of the report: HTML, PDF and Markdown show every figure through it,
 * so a test can format an independently computed value and look for the same text. SI prefixes
 * (k = 1000), three significant digits, a fixed locale so a report reads the same everywhere.
 */
public final class Units {
    private static final String[] PREFIXES = {"", "k", "M", "G", "T", "P", "E"};
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private Units() {}

    /** Bytes with an SI prefix: "1.23 MB", "512 B". */
    public static String bytes(double v) { return si(v, "B"); }

    /** A bit rate: "12.3 Mbit/s". */
    public static String bps(double v) { return si(v, "bit/s"); }

    /** A packet rate: "4.56 kpps". */
    public static String pps(double v) { return si(v, "pps"); }

    /** A count of packets, flows, rows, alerts: exact below a million ("12,345"), else "1.23 M". */
    public static String count(double v) {
        if (Double.isNaN(v)) return "-";
        if (Math.abs(v) < 1_000_000 && v == Math.rint(v)) return String.format(Locale.ROOT, "%,d", (long) v);
        if (Math.abs(v) < 1_000_000) return String.format(Locale.ROOT, "%,.1f", v);
        return si(v, "").strip();
    }

    /** A share 0..1 as a percentage with one decimal: "99.5 %"; "-" when unknown. */
    public static String percent(Double share) {
        if (share == null || share.isNaN()) return "-";
        return String.format(Locale.ROOT, "%.1f %%", share * 100);
    }

    public static String time(Instant t) { return t == null ? "-" : TIME.format(t); }

    /** Time of day only, for chart axes. */
    public static String clock(Instant t) { return CLOCK.format(t); }

    /** "45 s", "3 min 20 s", "2 h 5 min"; "-" for null. */
    public static String duration(Duration d) {
        if (d == null) return "-";
        long s = d.getSeconds();
        if (s < 60) return s + " s";
        if (s < 3600) return (s / 60) + " min" + (s % 60 == 0 ? "" : " " + (s % 60) + " s");
        return (s / 3600) + " h" + ((s % 3600) / 60 == 0 ? "" : " " + (s % 3600) / 60 + " min");
    }

    /** Minutes with one decimal: "2.5 min". */
    public static String minutes(double m) { return String.format(Locale.ROOT, "%.1f min", m); }

    static String si(double v, String unit) {
        if (Double.isNaN(v)) return "-";
        double a = Math.abs(v);
        int p = 0;
        while (a >= 999.5 && p < PREFIXES.length - 1) {
            a /= 1000;
            v /= 1000;
            p++;
        }
        String digits;
        if (p == 0 && v == Math.rint(v)) digits = String.format(Locale.ROOT, "%d", (long) v);
        else if (a >= 99.95) digits = String.format(Locale.ROOT, "%.0f", v);
        else if (a >= 9.995) digits = String.format(Locale.ROOT, "%.1f", v);
        else digits = String.format(Locale.ROOT, "%.2f", v);
        return digits + " " + PREFIXES[p] + unit;
    }
}

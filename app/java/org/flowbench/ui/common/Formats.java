package org.flowbench.ui.common;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.flowbench.settings.Preferences;

/**
 * How numbers, rates and times read in the workbench; one place so every view agrees. The time
 * zone and the rate unit come from the preferences ({@link #configure}); views that format
 * again after a change follow it.
 */
public final class Formats {
    private static final String[] PREFIXES = {"", "k", "M", "G", "T", "P", "E"};
    private static final DateTimeFormatter DATE_TIME_PATTERN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    private static final DateTimeFormatter TIME_PATTERN = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);

    private static volatile ZoneId zone = ZoneOffset.UTC;
    private static volatile Preferences.RateUnit rateUnit = Preferences.RateUnit.BITS;
    private static volatile DateTimeFormatter DATE_TIME = DATE_TIME_PATTERN.withZone(zone);
    private static volatile DateTimeFormatter TIME = TIME_PATTERN.withZone(zone);

    private Formats() {}

    /** Sets the display zone and rate unit (the preferences do, at start and on every change). */
    public static void configure(ZoneId displayZone, Preferences.RateUnit unit) {
        zone = displayZone == null ? ZoneOffset.UTC : displayZone.normalized();
        rateUnit = unit == null ? Preferences.RateUnit.BITS : unit;
        DATE_TIME = DATE_TIME_PATTERN.withZone(zone);
        TIME = TIME_PATTERN.withZone(zone);
    }

    public static ZoneId zone() { return zone; }

    /** The zone as a label after a time: UTC, Europe/Paris, +02:00. */
    public static String zoneLabel() {
        return zone.equals(ZoneOffset.UTC) ? "UTC" : zone.getId();
    }

    /** A time of day in the display zone, without the zone: 12:00:05. */
    public static String timeOfDay(Instant instant) {
        return instant == null ? "-" : TIME.format(instant);
    }

    /** A date and time in the display zone, without the zone label (tables say it in the header). */
    public static String dateTime(Instant instant) {
        return instant == null ? "-" : DATE_TIME.format(instant);
    }

    /** A bit rate in the chosen unit: 1.23 Gbps, or 154 MB/s when the user counts bytes. */
    public static String rate(double bitsPerSecond) {
        return rateUnit == Preferences.RateUnit.BYTES ? si(bitsPerSecond / 8, "B/s") : si(bitsPerSecond, "bps");
    }

    /** The unit {@link #rate} writes: bps or B/s. */
    public static String rateUnitLabel() {
        return rateUnit == Preferences.RateUnit.BYTES ? "B/s" : "bps";
    }

    public static Preferences.RateUnit rateUnit() { return rateUnit; }

    /** An exact count with thousands separators: 1,234,567. */
    public static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    /** A decimal SI value: 1.23 G, 950, 12.5 k (rates and counts on axes and badges). */
    public static String si(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) return String.valueOf(value);
        double magnitude = Math.abs(value);
        int prefix = 0;
        while (magnitude >= 999.5 && prefix < PREFIXES.length - 1) {
            magnitude /= 1000;
            prefix++;
        }
        double scaled = Math.copySign(magnitude, value);
        String number = prefix == 0 && scaled == Math.rint(scaled)
                ? String.format(Locale.ROOT, "%.0f", scaled)
                : String.format(Locale.ROOT, magnitude >= 100 ? "%.0f" : magnitude >= 10 ? "%.1f" : "%.2f", scaled);
        return prefix == 0 ? number : number + " " + PREFIXES[prefix];
    }

    /** An SI value with its unit: 1.23 Gbps, 12.5 kpps, 512 B. */
    public static String si(double value, String unit) {
        String number = si(value);
        return number.indexOf(' ') >= 0 ? number + unit : number + " " + unit;
    }

    /**
     * A metric's value in its unit as people write it: "2.13 kpps" for packet/s, "17.9 Mbit" for
     * bits, "3.76 MB" for bytes, a word unit after a spaced prefix ("12.3 k packets", "950 flows",
     * as the sidebar writes packets), any other unit as {@link #si(double, String)}.
     */
    public static String quantity(double value, String unit) {
        return switch (unit) {
            case "packet/s" -> si(value, "pps");
            case "bits" -> si(value, "bit");
            case "bytes" -> si(value, "B");
            default -> unit.length() > 3 && unit.chars().allMatch(Character::isLetter) ? si(value) + " " + unit : si(value, unit);
        };
    }

    public static String instant(Instant instant) {
        return instant == null ? "-" : DATE_TIME.format(instant) + " " + zoneLabel();
    }

    /**
     * The time a dataset covers. Stored timestamps are the starts of seconds, so the span
     * runs to the end of the last one.
     */
    public static String span(Instant first, Instant last) {
        if (first == null || last == null) return "no traffic stored";
        Duration length = Duration.between(first, last).plusSeconds(1);
        boolean sameDay = DATE_TIME.format(first).regionMatches(0, DATE_TIME.format(last), 0, 10);
        String end = sameDay ? TIME.format(last.plusSeconds(1)) : DATE_TIME.format(last.plusSeconds(1));
        return DATE_TIME.format(first) + " to " + end + " " + zoneLabel() + " (" + duration(length) + ")";
    }

    /** Start and length, short enough for a sidebar line: 2024-03-01 12:00:00 UTC, 5 min 10 s. */
    public static String startAndLength(Instant first, Instant last) {
        if (first == null || last == null) return "no traffic stored";
        return DATE_TIME.format(first) + " " + zoneLabel() + ", " + duration(Duration.between(first, last).plusSeconds(1));
    }

    /** A human duration: 45 s, 5 min 10 s, 2 h 3 min, 3 d 4 h. */
    public static String duration(Duration duration) {
        long seconds = Math.max(0, duration.getSeconds());
        if (seconds < 60) return seconds + " s";
        if (seconds < 3600) return seconds / 60 + " min" + (seconds % 60 == 0 ? "" : " " + seconds % 60 + " s");
        if (seconds < 86_400) {
            return seconds / 3600 + " h" + (seconds % 3600 / 60 == 0 ? "" : " " + seconds % 3600 / 60 + " min");
        }
        return seconds / 86_400 + " d" + (seconds % 86_400 / 3600 == 0 ? "" : " " + seconds % 86_400 / 3600 + " h");
    }
}

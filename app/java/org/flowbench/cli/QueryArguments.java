package org.flowbench.cli;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flowbench.query.Metric;
import org.flowbench.schema.FlowField;

/** Reads the text of {@code flowbench query}'s options; every failure is a usage error with a message. */
final class QueryArguments {
    private QueryArguments() {}

    private static final Pattern DURATION = Pattern.compile("(\\d+)([smhd])");

    static final class BadArgument extends Exception {
        BadArgument(String message) {
            super(message);
        }
    }

    /** Registry column names, comma-separated, case-insensitive; each must be a dimension. */
    static List<FlowField> dimensions(List<String> names) throws BadArgument {
        List<FlowField> out = new ArrayList<>();
        for (String name : names) {
            if (name.isBlank()) continue;
            FlowField f = FlowField.byColumn(name.strip())
                    .filter(FlowField::isDimension)
                    .orElseThrow(() -> new BadArgument("--by: '" + name.strip() + "' is not a dimension; one of "
                            + String.join(", ", FlowField.dimensions().stream().map(FlowField::column).toList())));
            if (out.contains(f)) throw new BadArgument("--by: " + f.column() + " is listed twice");
            out.add(f);
        }
        return out;
    }

    static Metric metric(String text) throws BadArgument {
        return Metric.parse(text).orElseThrow(() -> new BadArgument("--metric: unknown metric '" + text + "'; one of "
                + String.join(", ", java.util.Arrays.stream(Metric.values()).map(Metric::shortName).toList())));
    }

    /** "auto" (null), or a length like 1s, 10s, 5m, 1h, 1d, or a number of seconds. */
    static Duration step(String text) throws BadArgument {
        if (text == null || text.equalsIgnoreCase("auto")) return null;
        Duration d = duration(text, "--step");
        if (d.isZero()) throw new BadArgument("--step: must be longer than 0 s");
        return d;
    }

    /**
     * An ISO-8601 instant (2026-09-01T00:01:30Z), or a time relative to the datasets' start
     * ({@code +90s}, {@code +1m30s}); null text stays null (the span's own edge).
     */
    static Instant time(String option, String text, Instant datasetStart) throws BadArgument {
        if (text == null) return null;
        String t = text.strip();
        if (t.startsWith("+")) {
            if (datasetStart == null) throw new BadArgument(option + ": the datasets hold no traffic to count '" + t + "' from");
            return datasetStart.plus(duration(t.substring(1), option));
        }
        try {
            return Instant.parse(t);
        } catch (DateTimeParseException e) {
            throw new BadArgument(option + ": '" + t + "' is neither an ISO-8601 instant (2026-09-01T00:01:30Z)"
                    + " nor a time after the start (+90s, +5m)");
        }
    }

    /** "90", "90s", "1m30s", "2h", "1d". */
    static Duration duration(String text, String option) throws BadArgument {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.chars().allMatch(Character::isDigit) && !t.isEmpty()) t = t + "s";
        Matcher m = DURATION.matcher(t);
        long seconds = 0;
        int at = 0;
        while (at < t.length() && m.find(at) && m.start() == at) {
            long n;
            try {
                n = Long.parseLong(m.group(1));
            } catch (NumberFormatException e) {
                throw new BadArgument(option + ": '" + text + "' is too large");
            }
            seconds += n * switch (m.group(2)) {
                case "s" -> 1;
                case "m" -> 60;
                case "h" -> 3600;
                default -> 86400;
            };
            at = m.end();
        }
        if (at == 0 || at != t.length()) {
            throw new BadArgument(option + ": '" + text + "' is not a length like 10s, 5m, 1h30m or 1d");
        }
        return Duration.ofSeconds(seconds);
    }
}

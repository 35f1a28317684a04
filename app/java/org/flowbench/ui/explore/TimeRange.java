package org.flowbench.ui.explore;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.flowbench.ui.common.Formats;

/** A time range of the Explore view; null ends mean "the datasets' span". */
public record TimeRange(Instant from, Instant to) {
    public static final TimeRange SPAN = new TimeRange(null, null);
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss][.SSS]", Locale.ROOT);

    /** Reads "2024-05-01 12:00:05" (in the display zone) or an ISO instant "2024-05-01T12:00:05Z"; blank is null. */
    public static Instant parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) return null;
        try {
            return Instant.parse(t);
        } catch (DateTimeParseException notIso) {
            try {
                return LocalDateTime.parse(t.replace('T', ' ').replace("Z", ""), TYPED).atZone(Formats.zone()).toInstant();
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("'" + t + "' is not a time; type e.g. 2024-05-01 12:00:05 (" + Formats.zoneLabel() + ")");
            }
        }
    }

    public static String format(Instant t) {
        return t == null ? "" : SHOWN.format(LocalDateTime.ofInstant(t, Formats.zone()));
    }
}

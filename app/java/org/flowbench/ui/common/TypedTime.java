package org.flowbench.ui.common;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Times the user types and reads in fields (Explore's range, Mitigate's and Report's from/to):
 * written in the display zone of the preferences, read in that zone or as an ISO instant with its
 * own offset, so a time copied from a log or a ticket works too.
 */
public final class TypedTime {
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss][.SSS]", Locale.ROOT);

    private TypedTime() {}

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

    /** The time as {@link #parse} reads it back, in the display zone without its label; null is blank. */
    public static String format(Instant t) {
        return t == null ? "" : SHOWN.format(LocalDateTime.ofInstant(t, Formats.zone()));
    }

    /** A field's hint: the format and the zone times are read in. */
    public static String hint(String blankMeans) {
        return blankMeans + " (yyyy-mm-dd hh:mm:ss " + Formats.zoneLabel() + ")";
    }
}

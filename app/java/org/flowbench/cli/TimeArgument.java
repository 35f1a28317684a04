package org.flowbench.cli;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Times typed on the command line: ISO-8601 instants; without a zone the time is UTC, as stored. */
final class TimeArgument {
    private TimeArgument() {}

    /** Null for null; throws with the option's name when the text is not a time. */
    static Instant instant(String text, String option) {
        if (text == null) return null;
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e2) {
                throw new IllegalArgumentException(option + " '" + text + "' is not a time like 2026-02-03T14:02:20Z");
            }
        }
    }
}

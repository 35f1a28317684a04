package org.flowbench.detect;

import java.time.Duration;
import java.util.Locale;

/** Durations as rule files write them: {@code 10s}, {@code 5m}, {@code 1h}, {@code 1m30s}, or plain seconds. */
public final class Durations {
    private Durations() {}

    public static Duration parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        if (t.isEmpty()) throw new IllegalArgumentException("empty duration");
        if (t.chars().allMatch(Character::isDigit)) return Duration.ofSeconds(Long.parseLong(t));
        long seconds = 0;
        int i = 0;
        while (i < t.length()) {
            int start = i;
            while (i < t.length() && Character.isDigit(t.charAt(i))) i++;
            if (start == i || i == t.length()) {
                throw new IllegalArgumentException("'" + text + "' is not a duration like 10s, 5m, 1h or 1m30s");
            }
            long n = Long.parseLong(t.substring(start, i));
            char unit = t.charAt(i++);
            seconds += switch (unit) {
                case 's' -> n;
                case 'm' -> n * 60;
                case 'h' -> n * 3600;
                case 'd' -> n * 86_400;
                default -> throw new IllegalArgumentException("'" + text + "': unknown unit '" + unit + "' (s, m, h or d)");
            };
        }
        return Duration.ofSeconds(seconds);
    }

    public static String format(Duration d) {
        long s = d.toSeconds();
        if (s == 0) return "0s";
        StringBuilder sb = new StringBuilder();
        if (s >= 3600) { sb.append(s / 3600).append('h'); s %= 3600; }
        if (s >= 60) { sb.append(s / 60).append('m'); s %= 60; }
        if (s > 0) sb.append(s).append('s');
        return sb.toString();
    }
}

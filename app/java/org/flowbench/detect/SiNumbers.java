package org.flowbench.detect;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * Numbers with decimal SI suffixes as network people write rates: {@code 100k}, {@code 1.5M},
 * {@code 1G}, {@code 2T} (powers of 1000, never 1024), and {@code 50%} for shares.
 */
final class SiNumbers {
    private SiNumbers() {}

    /** The multiplier of a suffix character, or 0 when it is none. */
    static double multiplier(char c) {
        return switch (c) {
            case 'k', 'K' -> 1e3;
            case 'M' -> 1e6;
            case 'G', 'g' -> 1e9;
            case 'T', 't' -> 1e12;
            case '%' -> 0.01;
            default -> 0;
        };
    }

    /** Shortest text that parses back to the value: 200M, 1.5k, 0.25, 40. */
    static String format(double v) {
        String[] suffix = {"T", "G", "M", "k"};
        double[] scale = {1e12, 1e9, 1e6, 1e3};
        for (int i = 0; i < scale.length; i++) {
            if (Math.abs(v) >= scale[i]) {
                double s = v / scale[i];
                if (isShort(s)) return plain(s) + suffix[i];
            }
        }
        return plain(v);
    }

    private static boolean isShort(double s) {
        return new BigDecimal(Double.toString(s)).stripTrailingZeros().scale() <= 3;
    }

    private static String plain(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return new BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString().toLowerCase(Locale.ROOT);
    }
}

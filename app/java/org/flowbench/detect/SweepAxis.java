package org.flowbench.detect;

import java.util.ArrayList;
import java.util.List;

/**
 * One threshold varied over a range: every comparison on {@code metric} in the rule named
 * {@code rule} (or in every rule when null) takes each value in turn. Written
 * {@code [RULE:]METRIC=FROM:TO:STEP}, numbers with SI suffixes: {@code udp_bps=10k:100k:10k}.
 */
public record SweepAxis(String rule, Metric metric, double from, double to, double step) {
    public static final int MAX_VALUES = 1000;

    public SweepAxis {
        if (metric == null) throw new IllegalArgumentException("a sweep needs a metric");
        if (!(step > 0)) throw new IllegalArgumentException("sweep step must be positive");
        if (to < from) throw new IllegalArgumentException("sweep range " + SiNumbers.format(from) + ":" + SiNumbers.format(to) + " runs backwards");
        if ((to - from) / step + 1 > MAX_VALUES) throw new IllegalArgumentException("a sweep axis has at most " + MAX_VALUES + " values");
    }

    public static SweepAxis parse(String text) {
        int eq = text.indexOf('=');
        if (eq < 0) throw new IllegalArgumentException("'" + text + "': expected [RULE:]METRIC=FROM:TO:STEP");
        String target = text.substring(0, eq).trim();
        int colon = target.lastIndexOf(':');
        String rule = colon < 0 ? null : target.substring(0, colon).trim();
        String name = colon < 0 ? target : target.substring(colon + 1).trim();
        Metric metric = Metric.byId(name).orElseThrow(() -> new IllegalArgumentException("'" + text + "': unknown metric '" + name + "'"));
        String[] range = text.substring(eq + 1).split(":", -1);
        if (range.length != 3) throw new IllegalArgumentException("'" + text + "': expected FROM:TO:STEP after '='");
        return new SweepAxis(rule == null || rule.isEmpty() ? null : rule, metric, number(range[0], text),
                number(range[1], text), number(range[2], text));
    }

    private static double number(String s, String whole) {
        String t = s.trim();
        if (t.isEmpty()) throw new IllegalArgumentException("'" + whole + "': empty number");
        double m = SiNumbers.multiplier(t.charAt(t.length() - 1));
        try {
            return m > 0 ? Double.parseDouble(t.substring(0, t.length() - 1)) * m : Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + whole + "': '" + t + "' is not a number such as 100k or 1.5M");
        }
    }

    /** from, from + step, ... up to to (inclusive, allowing for rounding). */
    public List<Double> values() {
        List<Double> out = new ArrayList<>();
        long n = (long) Math.floor((to - from) / step + 1e-9);
        for (long i = 0; i <= n; i++) out.add(from + i * step);
        return out;
    }

    /** Whether this axis changes the given rule. */
    public boolean applies(Rule r) {
        return (rule == null || rule.equals(r.name())) && r.trigger().metrics().contains(metric);
    }

    public String label() {
        return (rule == null ? "" : rule + ":") + metric.id();
    }
}

package org.flowbench.flowspec.impact;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Collects the rows of {@link ImpactQuery}'s result and turns them into report parts. */
final class ImpactRows {
    private final Figures[] rules;
    private final Figures set = new Figures();
    private final SplitVolume[] totals = {SplitVolume.ZERO};
    private final SplitVolume[] victim = {SplitVolume.ZERO, SplitVolume.ZERO};
    private final TreeMap<Long, SplitVolume[]> series = new TreeMap<>();
    private final TreeMap<Long, Volume[]> focus = new TreeMap<>();
    private final List<TreeMap<Long, SplitVolume[]>> ruleSeries = new ArrayList<>();
    private double maxSamplingRate;
    private boolean flowRecords;

    ImpactRows(int ruleCount) {
        rules = new Figures[ruleCount];
        for (int i = 0; i < ruleCount; i++) {
            rules[i] = new Figures();
            ruleSeries.add(new TreeMap<>());
        }
    }

    void add(String part, int rule, long second, boolean attack, double[] v) {
        switch (part) {
            case "rule" -> rules[rule - 1].add(attack, v);
            case "set" -> set.add(attack, v);
            case "rule-hits" -> rules[rule - 1].hits(v);
            case "set-hits" -> set.hits(v);
            case "total" -> totals[0] = totals[0].plus(split(attack, new Volume(v[0], v[1])));
            case "series" -> addSeries(series, second, attack, v);
            case "rule-series" -> addSeries(ruleSeries.get(rule - 1), second, attack, v);
            case "victim" -> {
                victim[0] = victim[0].plus(split(attack, new Volume(v[0], v[1])));
                victim[1] = victim[1].plus(split(attack, new Volume(v[2], v[3])));
            }
            case "focus" -> focus.put(second, new Volume[] {new Volume(v[0], v[1]), new Volume(v[2], v[3])});
            case "meta" -> {
                maxSamplingRate = v[0];
                flowRecords = v[1] > 0;
            }
            default -> throw new IllegalStateException("unexpected result part " + part);
        }
    }

    private static void addSeries(Map<Long, SplitVolume[]> into, long second, boolean attack, double[] v) {
        SplitVolume[] cell = into.computeIfAbsent(second, s -> new SplitVolume[] {SplitVolume.ZERO, SplitVolume.ZERO});
        cell[0] = cell[0].plus(split(attack, new Volume(v[0], v[1])));
        cell[1] = cell[1].plus(split(attack, new Volume(v[2], v[3])));
    }

    static SplitVolume split(boolean attack, Volume v) {
        return attack ? new SplitVolume(v, Volume.ZERO) : new SplitVolume(Volume.ZERO, v);
    }

    SplitVolume total() { return totals[0]; }

    /** Traffic in the request's focus (to the victim): offered, then dropped. */
    SplitVolume victimOffered() { return victim[0]; }

    SplitVolume victimDropped() { return victim[1]; }

    ImpactFigures set() { return set.figures(); }

    ImpactFigures rule(int position) { return rules[position - 1].figures(); }

    List<SecondSample> series() { return samples(series); }

    List<SecondSample> ruleSeries(int position) { return samples(ruleSeries.get(position - 1)); }

    List<FocusSample> focus() {
        List<FocusSample> out = new ArrayList<>(focus.size());
        focus.forEach((s, v) -> out.add(new FocusSample(Instant.ofEpochSecond(s), v[0], v[1])));
        return out;
    }

    double maxSamplingRate() { return maxSamplingRate; }

    boolean flowRecords() { return flowRecords; }

    private static List<SecondSample> samples(TreeMap<Long, SplitVolume[]> m) {
        List<SecondSample> out = new ArrayList<>(m.size());
        m.forEach((s, v) -> out.add(new SecondSample(Instant.ofEpochSecond(s), v[0], v[1])));
        return out;
    }

    /** Per-class sums as the query returns them: matched, discarded, rate-limited, hits. */
    private static final class Figures {
        SplitVolume matched = SplitVolume.ZERO, discarded = SplitVolume.ZERO, rateLimited = SplitVolume.ZERO;
        long sources, destinations;

        void add(boolean attack, double[] v) {
            matched = matched.plus(split(attack, new Volume(v[0], v[1])));
            discarded = discarded.plus(split(attack, new Volume(v[2], v[3])));
            rateLimited = rateLimited.plus(split(attack, new Volume(v[4], v[5])));
        }

        /** Distinct legitimate sources and destinations that lost traffic. */
        void hits(double[] v) {
            sources = (long) v[0];
            destinations = (long) v[1];
        }

        ImpactFigures figures() {
            return new ImpactFigures(matched, discarded, rateLimited, sources, destinations);
        }
    }
}

package org.flowbench.detect;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.flowbench.store.Incident;
import org.flowbench.store.IncidentKind;

/** Scores alerts against labelled incidents: detection, time to detect, false alert time, precision, recall. */
public final class Scorer {
    private Scorer() {}

    public static Score score(List<Alert> alerts, List<Incident> incidents, DataSpan span) {
        List<Incident> attacks = incidents.stream().filter(i -> i.kind() == IncidentKind.ATTACK)
                .sorted(Comparator.comparing(Incident::start)).toList();
        List<IncidentOutcome> outcomes = new ArrayList<>();
        for (Incident inc : attacks) {
            List<Alert> matching = alerts.stream().filter(a -> matches(a, inc)).toList();
            Optional<Instant> first = matching.stream().map(Alert::detectedAt).min(Comparator.naturalOrder());
            Duration ttd = first.map(t -> t.isBefore(inc.start()) ? Duration.ZERO : Duration.between(inc.start(), t)).orElse(null);
            outcomes.add(new IncidentOutcome(inc, first.isPresent(), ttd, matching.size()));
        }
        int trueAlerts = 0;
        double outsideSeconds = 0;
        for (Alert a : alerts) {
            List<Incident> matched = attacks.stream().filter(i -> matches(a, i)).toList();
            if (!matched.isEmpty()) trueAlerts++;
            outsideSeconds += secondsOutside(a, matched, span);
        }
        int detected = (int) outcomes.stream().filter(IncidentOutcome::detected).count();
        return new Score(attacks.size(), detected, alerts.size(), trueAlerts, alerts.size() - trueAlerts,
                outsideSeconds / 60.0, alerts.isEmpty() ? null : (double) trueAlerts / alerts.size(),
                attacks.isEmpty() ? null : (double) detected / attacks.size(), outcomes);
    }

    /** Overlap in time, and the victim inside the alert's destination (either way round) when both are known. */
    static boolean matches(Alert a, Incident i) {
        if (!a.start().isBefore(i.end()) || !i.start().isBefore(a.end())) return false;
        Optional<AddressRange> dst = a.key().destination();
        Optional<AddressRange> victim = victim(i);
        return dst.isEmpty() || victim.isEmpty() || dst.get().overlaps(victim.get());
    }

    private static Optional<AddressRange> victim(Incident i) {
        if (i.victim() == null || i.victim().isBlank()) return Optional.empty();
        try {
            return Optional.of(AddressRange.parse(i.victim()));
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // a victim written as a name or a note: match on time only
        }
    }

    /** The alert's time within the data, minus the union of the incidents it matched. */
    private static double secondsOutside(Alert a, List<Incident> matched, DataSpan span) {
        long from = Math.max(a.start().getEpochSecond(), span.isEmpty() ? Long.MIN_VALUE : span.start().getEpochSecond());
        long to = Math.min(a.end().getEpochSecond(), span.isEmpty() ? Long.MAX_VALUE : span.end().getEpochSecond());
        if (to <= from) return 0;
        List<long[]> covered = new ArrayList<>();
        for (Incident i : matched) {
            long s = Math.max(from, i.start().getEpochSecond()), e = Math.min(to, i.end().getEpochSecond());
            if (e > s) covered.add(new long[] {s, e});
        }
        covered.sort(Comparator.comparingLong(x -> x[0]));
        long inside = 0, cursor = from;
        for (long[] c : covered) {
            long s = Math.max(c[0], cursor);
            if (c[1] > s) {
                inside += c[1] - s;
                cursor = c[1];
            }
        }
        return (to - from) - inside;
    }
}

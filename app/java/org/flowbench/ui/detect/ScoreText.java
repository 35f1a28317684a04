package org.flowbench.ui.detect;

import java.time.Duration;
import java.util.Locale;
import org.flowbench.detect.IncidentOutcome;
import org.flowbench.detect.Score;
import org.flowbench.task.Nouns;
import org.flowbench.ui.common.Formats;

/** A score in one line: what an operator reads to judge a rule set. */
public final class ScoreText {
    private ScoreText() {}

    public static String of(Score s) {
        if (s == null) return "No incidents in this dataset: nothing to score against.";
        Duration slowest = s.outcomes().stream().filter(IncidentOutcome::detected).map(IncidentOutcome::timeToDetect)
                .filter(d -> d != null).max(Duration::compareTo).orElse(null);
        return "Detected " + s.detected() + " of " + Nouns.count(s.attacks(), "attack")
                + (slowest == null ? "" : ", slowest in " + Formats.duration(slowest))
                + " · " + s.trueAlerts() + " true, " + s.falseAlerts() + " false alerts"
                + " · " + String.format(Locale.ROOT, "%.1f", s.alertMinutesOutside()) + " alert min outside incidents"
                + " · precision " + percent(s.precision()) + " · recall " + percent(s.recall());
    }

    static String percent(Double share) {
        return share == null ? "n/a" : String.format(Locale.ROOT, "%.0f%%", share * 100);
    }
}

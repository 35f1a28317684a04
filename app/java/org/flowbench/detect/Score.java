package org.flowbench.detect;

import java.util.List;

/**
 * A run scored against incidents. An alert is true when it overlaps in time an attack
 * incident whose victim its key covers (or any attack incident when either side names no
 * address); every other alert is false, including alerts on benign incidents.
 *
 * @param precision          true alerts / alerts; null when there are no alerts
 * @param recall             detected attacks / attacks; null when there are no attack incidents
 * @param alertMinutesOutside minutes of alert time (clipped to the data) outside the attacks each alert matched
 */
public record Score(int attacks, int detected, int alerts, int trueAlerts, int falseAlerts, double alertMinutesOutside,
                    Double precision, Double recall, List<IncidentOutcome> outcomes) {
    public Score {
        outcomes = List.copyOf(outcomes);
    }
}

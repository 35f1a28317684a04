package org.flowbench.detect;

import java.util.List;

/**
 * The outcome of one threshold setting (one value per axis).
 *
 * @param alertingKeys distinct (rule, key) pairs that raised an alert
 */
public record SweepPoint(List<Double> values, int alerts, int alertingKeys, Score score) {
    public SweepPoint {
        values = List.copyOf(values);
    }
}

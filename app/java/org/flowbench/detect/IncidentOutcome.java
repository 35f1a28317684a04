package org.flowbench.detect;

import java.time.Duration;
import org.flowbench.store.Incident;

/**
 * How a run did on one attack incident.
 *
 * @param timeToDetect from the incident's start to the end of the first triggering window of
 *                     the first matching alert (zero when that came earlier); null when missed
 */
public record IncidentOutcome(Incident incident, boolean detected, Duration timeToDetect, int matchingAlerts) {
}

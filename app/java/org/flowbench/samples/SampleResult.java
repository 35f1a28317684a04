package org.flowbench.samples;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/** What one generated capture holds: the files, the counts, and per-incident figures. */
public record SampleResult(String name, String title, long seed, Instant start, Instant end, Path pcap, Path labels,
                           long packets, long fileBytes, List<Incident> incidents, String lesson) {

    /** A label plus the figures the README quotes. */
    public record Incident(IncidentLabel label, String description, long peakPacketsPerSecond,
                           long peakBitsPerSecond, long fragmentedDatagrams, long fragments) { }
}

package org.flowbench.samples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a scenario's {@code <name>.labels.json}: the incidents detection is scored against and
 * Flowspec simulations split attack from legitimate traffic by.
 */
public final class LabelFile {
    private LabelFile() {}

    /** The labels file that sits beside a capture ({@code x.pcap -> x.labels.json}), if any. */
    public static Optional<Path> besides(Path capture) {
        String name = capture.getFileName().toString();
        int dot = name.indexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        Path labels = capture.resolveSibling(stem + ".labels.json");
        return Files.isRegularFile(labels) ? Optional.of(labels) : Optional.empty();
    }

    public static List<IncidentLabel> read(Path file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        JsonNode incidents = root == null ? null : root.get("incidents");
        if (incidents == null || !incidents.isArray()) {
            throw new IOException(file + ": expected an object with an \"incidents\" array");
        }
        List<IncidentLabel> labels = new ArrayList<>();
        for (int i = 0; i < incidents.size(); i++) {
            JsonNode n = incidents.get(i);
            String where = file + ": incidents[" + i + "]";
            labels.add(new IncidentLabel(text(n, "name", where), text(n, "kind", where),
                    instant(n, "start", where), instant(n, "end", where), n.path("victim").asText(null),
                    n.path("filter").asText(null), n.path("packets").asLong(0), n.path("bytes").asLong(0)));
        }
        return labels;
    }

    private static String text(JsonNode n, String field, String where) throws IOException {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual()) throw new IOException(where + ": expected text field \"" + field + "\"");
        return v.asText();
    }

    private static Instant instant(JsonNode n, String field, String where) throws IOException {
        String text = text(n, field, where);
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new IOException(where + ": \"" + field + "\" is not an ISO-8601 instant: " + text);
        }
    }
}

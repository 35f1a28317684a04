package org.flowbench.samples;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/** The committed samples and a reader for their labels (jackson-core streaming, test side). */
final class SampleFiles {
    static final Path DIR = Path.of("pcap-samples");

    record Labels(String scenario, long seed, List<IncidentLabel> incidents) { }

    private SampleFiles() {}

    static void assumeCommitted() {
        Assumptions.assumeTrue(Files.isDirectory(DIR), "pcap-samples/ is not in the working directory");
    }

    static Labels labels(Path file) throws IOException {
        try (JsonParser p = new JsonFactory().createParser(file.toFile())) {
            String scenario = null;
            long seed = 0;
            List<IncidentLabel> incidents = new ArrayList<>();
            expect(p.nextToken(), JsonToken.START_OBJECT);
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "scenario" -> scenario = p.getText();
                    case "seed" -> seed = p.getLongValue();
                    case "incidents" -> {
                        while (p.nextToken() == JsonToken.START_OBJECT) incidents.add(incident(p));
                    }
                    default -> throw new IOException("unexpected field " + field);
                }
            }
            return new Labels(scenario, seed, incidents);
        }
    }

    private static IncidentLabel incident(JsonParser p) throws IOException {
        String name = null, kind = null, victim = null, filter = null;
        Instant start = null, end = null;
        long packets = -1, bytes = -1;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "name" -> name = p.getText();
                case "kind" -> kind = p.getText();
                case "start" -> start = Instant.parse(p.getText());
                case "end" -> end = Instant.parse(p.getText());
                case "victim" -> victim = p.getText();
                case "filter" -> filter = p.getText();
                case "packets" -> packets = p.getLongValue();
                case "bytes" -> bytes = p.getLongValue();
                default -> throw new IOException("unexpected incident field " + field);
            }
        }
        return new IncidentLabel(name, kind, start, end, victim, filter, packets, bytes);
    }

    private static void expect(JsonToken got, JsonToken wanted) throws IOException {
        if (got != wanted) throw new IOException("expected " + wanted + ", got " + got);
    }
}

package org.flowbench.detect;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Rule sets shipped with the application (app/resources/org/flowbench/detect/presets). */
public final class Presets {
    /** The preset for the pcap-samples training labs; what runs when none is named. */
    public static final String DEFAULT = "training-labs";
    private static final List<String> NAMES = List.of(DEFAULT, "fastnetmon", "akvorado");

    private Presets() {}

    public static List<String> names() { return NAMES; }

    public static RuleSet load(String name) {
        if (!NAMES.contains(name)) throw new IllegalArgumentException("no preset '" + name + "'; presets: " + NAMES);
        String resource = "presets/" + name + ".json";
        try (InputStream in = Presets.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("preset resource missing: " + resource);
            return RuleFiles.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "preset " + name);
        } catch (IOException | RuleFileException e) {
            // a shipped preset that does not load is a build defect, caught by PresetsTest
            throw new IllegalStateException("preset " + name + " does not load: " + e.getMessage(), e);
        }
    }
}

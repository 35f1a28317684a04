package org.flowbench.flowspec.dialect;

import java.util.List;
import java.util.Optional;

/** The known dialects, by command-line name. */
public final class Dialects {
    private Dialects() {}

    public static List<Dialect> all() {
        return List.of(new FlowbenchJson(), new BirdDialect(), new ExabgpConfigDialect(), new ExabgpApiDialect(),
                new GobgpDialect(), new JunosDialect(), new IosXrDialect(), new FastNetMonJson());
    }

    public static Optional<Dialect> named(String name) {
        return all().stream().filter(d -> d.name().equalsIgnoreCase(name)).findFirst();
    }

    /** Guesses the dialect of a text from its first distinctive words; empty when nothing fits. */
    public static Optional<Dialect> detect(String text) {
        String t = text.strip();
        if (t.startsWith("{") && t.contains("\"" + FlowbenchJson.VERSION_KEY + "\"")) return named("json");
        if (t.startsWith("{") || t.startsWith("[")) return named("fastnetmon");
        if (t.contains("announce flow route")) return named("exabgp-api");
        if (t.contains("gobgp global rib")) return named("gobgp");
        if (t.contains("class-map type traffic")) return named("iosxr");
        if (t.contains("routing-options")) return named("junos");
        if (t.contains("route flow4") || t.contains("route flow6")) return named("bird");
        if (t.matches("(?s).*\\bflow\\s*\\{.*")) return named("exabgp");
        return Optional.empty();
    }

    public static List<String> names() { return all().stream().map(Dialect::name).toList(); }

    public static List<String> writableNames() { return all().stream().filter(Dialect::canWrite).map(Dialect::name).toList(); }
}

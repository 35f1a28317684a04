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

    public static List<String> names() { return all().stream().map(Dialect::name).toList(); }

    public static List<String> writableNames() { return all().stream().filter(Dialect::canWrite).map(Dialect::name).toList(); }
}

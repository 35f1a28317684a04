package org.flowbench.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** The third-party corpus beside the project; tests using it skip when it is absent. */
public final class SharedCorpus {
    private SharedCorpus() {}

    public static Path root() {
        return Path.of("../shared");
    }

    public static void assumePresent() {
        Assumptions.assumeTrue(Files.isDirectory(root().resolve("corpora")), "../shared is absent: skipping tests over the shared corpus");
    }
}

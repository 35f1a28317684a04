package org.flowbench.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** The third-party corpus beside the project (../shared); tests that need it skip when it is absent. */
public final class SharedCorpus {
    private SharedCorpus() {}

    public static Path root() { return Path.of("../shared"); }

    public static void assumePresent() {
        Assumptions.assumeTrue(Files.isDirectory(root().resolve("corpora")),
                "../shared/corpora is absent: corpus tests skipped");
    }
}

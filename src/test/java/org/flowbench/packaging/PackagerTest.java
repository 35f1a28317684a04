package org.flowbench.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code packaging/Packager.java}'s check before it builds anything: DuckDB's jar on the class path
 * must have its native library beside it (packaging/SlimDuckDb.java puts it there in every
 * {@code mvn package}); an installer without it would unpack 70 MB at every start or not start.
 * The installers themselves are tested by {@code InstalledApplicationIT} in the package profile.
 */
class PackagerTest {
    @TempDir Path project;

    @Test
    void aDuckDbJarWithoutItsLibraryStopsThePackagerWithAMessage() throws Exception {
        Path jar = Files.createDirectories(project.resolve("m2")).resolve("duckdb_jdbc-9.9.9.jar");
        Files.writeString(jar, "a jar that still holds its libraries, or a slim one without its neighbour");
        Files.writeString(Files.createDirectories(project.resolve("target")).resolve("classpath.txt"), jar.toString());
        Path mainJar = Files.writeString(project.resolve("flowbench.jar"), "main jar");

        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "packaging/Packager.java", project.toString(), mainJar.toString(), "1.2.3-SNAPSHOT")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).as("Packager finished").isTrue();

        assertThat(p.exitValue()).isNotZero();
        assertThat(err).contains(jar + " has no native library beside it: run `mvn package` (SlimDuckDb)");
        assertThat(project.resolve("target/installers")).as("no installer half-built").doesNotExist();
    }
}

package org.flowbench.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code packaging/SlimDuckDb.java} as {@code mvn package} runs it (a single-file program, started
 * with the source launcher), on small stand-ins for DuckDB's jar: the slim copy and this platform's
 * library are written and put on the class path; a jar without a library for this platform fails
 * the build with a message and leaves the class path as it was.
 */
class SlimDuckDbTest {
    private static final String PREFIX = "libduckdb_java.so_";
    private static final List<String> ALL_PLATFORMS = List.of("linux_amd64", "linux_arm64", "macos_arm64", "windows_amd64");

    @TempDir Path dir;

    @Test
    void theSlimJarLeavesTheLibrariesOutAndThisPlatformsLibraryGoesBesideIt() throws Exception {
        Path jar = duckDbJar(ALL_PLATFORMS);
        Path other = Files.writeString(dir.resolve("other.jar"), "not DuckDB");
        Path classpath = Files.writeString(dir.resolve("classpath.txt"), other + File.pathSeparator + jar + "\n");
        Path out = dir.resolve("duckdb");

        Run run = slimDuckDb(classpath, out);

        assertThat(run.exit).as(run.err).isZero();
        Path slim = out.resolve(jar.getFileName());
        assertThat(Files.readString(classpath)).isEqualTo(other + File.pathSeparator + slim);
        try (ZipFile zip = new ZipFile(slim.toFile())) {
            assertThat(zip.stream().map(ZipEntry::getName).toList())
                    .containsExactly("META-INF/MANIFEST.MF", "org/duckdb/DuckDBDriver.class");
        }
        List<Path> libraries = libraries(out);
        assertThat(libraries).as("one platform's library").hasSize(1);
        String platform = libraries.get(0).getFileName().toString().substring(PREFIX.length());
        assertThat(ALL_PLATFORMS).contains(platform);
        assertThat(Files.readString(libraries.get(0))).isEqualTo("library for " + platform);
        assertThat(out.resolve(jar.getFileName() + ".partial")).doesNotExist();
    }

    @Test
    void anUpToDateSlimJarIsNotWrittenAgain() throws Exception {
        Path jar = duckDbJar(ALL_PLATFORMS);
        Path out = dir.resolve("duckdb");
        assertThat(slimDuckDb(Files.writeString(dir.resolve("a.txt"), jar.toString()), out).exit).isZero();
        Path slim = out.resolve(jar.getFileName());
        FileTime later = FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 60_000);
        Files.setLastModifiedTime(slim, later);

        Path classpath = Files.writeString(dir.resolve("b.txt"), jar.toString());
        assertThat(slimDuckDb(classpath, out).exit).isZero();

        assertThat(Files.getLastModifiedTime(slim)).isEqualTo(later);
        assertThat(Files.readString(classpath)).isEqualTo(slim.toString());
    }

    @Test
    void aJarWithoutThisPlatformsLibraryFailsTheBuildAndLeavesTheClassPathAlone() throws Exception {
        Path jar = duckDbJar(List.of());
        String entries = jar + "\n";
        Path classpath = Files.writeString(dir.resolve("classpath.txt"), entries);
        Path out = dir.resolve("duckdb");

        Run run = slimDuckDb(classpath, out);

        assertThat(run.exit).isNotZero();
        assertThat(run.err).containsPattern(java.util.regex.Pattern.quote(jar + " has no " + PREFIX) + "[a-z]+_[a-z0-9]+"
                + java.util.regex.Pattern.quote(": DuckDB does not support this platform"));
        assertThat(Files.readString(classpath)).isEqualTo(entries);
        assertThat(out.resolve(jar.getFileName())).as("no slim jar that looks complete").doesNotExist();
    }

    @Test
    void aWrongNumberOfArgumentsSaysHowToCallIt() throws Exception {
        Run run = run(List.of(javaBin(), "packaging/SlimDuckDb.java", "only-one"));
        assertThat(run.exit).isNotZero();
        assertThat(run.err).contains("usage: SlimDuckDb CLASSPATH_FILE OUT_DIR");
    }

    /** A stand-in for DuckDB's JDBC jar: a class, a manifest and a library per platform named. */
    private Path duckDbJar(List<String> platforms) throws IOException {
        Path jar = Files.createDirectories(dir.resolve("m2")).resolve("duckdb_jdbc-9.9.9.jar");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
            put(zip, "META-INF/MANIFEST.MF", "Manifest-Version: 1.0\n");
            put(zip, "org/duckdb/DuckDBDriver.class", "class bytes");
            for (String p : platforms) put(zip, PREFIX + p, "library for " + p);
        }
        return jar;
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static List<Path> libraries(Path out) throws IOException {
        try (var files = Files.list(out)) {
            return files.filter(f -> f.getFileName().toString().startsWith(PREFIX)).toList();
        }
    }

    private record Run(int exit, String err) {}

    private static Run slimDuckDb(Path classpath, Path out) throws Exception {
        return run(List.of(javaBin(), "packaging/SlimDuckDb.java", classpath.toString(), out.toString()));
    }

    private static Run run(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).as("SlimDuckDb finished").isTrue();
        return new Run(p.exitValue(), err);
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}

package org.flowbench.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipFile;
import javax.imageio.ImageIO;
import org.flowbench.testsupport.ExternalTools;
import org.flowbench.testsupport.ScreenshotPixels;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Linux installer as a user gets it: the .deb that {@code mvn -Ppackage} built, unpacked
 * with {@code dpkg-deb -x} (installing it would change the machine), its desktop entry, and the
 * installed launcher started under Xvfb, on its bundled sample and on a capture passed the way a
 * file manager passes one. Run by failsafe in the {@code package} profile; skipped without the
 * .deb or dpkg-deb, the window tests without xvfb-run.
 */
class InstalledApplicationIT {
    private static final Path INSTALLERS = Path.of("target", "installers");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String PREFIX = "opt/flowbench";

    @TempDir static Path unpacked;
    private static Path launcher;

    @BeforeAll
    static void unpackTheDeb() throws Exception {
        Optional<Path> deb = Files.isDirectory(INSTALLERS) ? list(INSTALLERS, ".deb").stream().findFirst() : Optional.empty();
        assumeTrue(deb.isPresent(), "no .deb in target/installers: build it with mvn -Ppackage package");
        assumeTrue(ExternalTools.onPath("dpkg-deb"), "dpkg-deb is not installed");
        Process p = new ProcessBuilder("dpkg-deb", "-x", deb.get().toString(), unpacked.toString()).inheritIO().start();
        assertThat(p.waitFor()).as("dpkg-deb -x " + deb.get()).isZero();
        launcher = unpacked.resolve(PREFIX + "/bin/Flowbench");
        assertThat(launcher).isExecutable();
    }

    @Test
    void theDesktopEntryIsInTheNetworkMenuAndOpensCaptures() throws IOException {
        String entry = Files.readString(unpacked.resolve(PREFIX + "/lib/flowbench-Flowbench.desktop"));
        assertThat(entry).contains("Categories=Network;System;")
                .contains("Exec=/" + PREFIX + "/bin/Flowbench %f")
                .contains("Icon=/" + PREFIX + "/lib/Flowbench.png")
                .containsPattern("MimeType=.*application/vnd\\.tcpdump\\.pcap")
                .containsPattern("MimeType=.*application/x-pcapng")
                .containsPattern("MimeType=.*application/x-pcap-gzip");
        String mime = Files.readString(unpacked.resolve(PREFIX + "/lib/flowbench-Flowbench-MimeInfo.xml"));
        assertThat(mime).contains("\"*.pcap\"").contains("\"*.pcapng\"").contains("\"*.pcap.gz\"");
        assertThat(unpacked.resolve(PREFIX + "/lib/Flowbench.png")).isNotEmptyFile();
    }

    @Test
    void theSamplesAndDuckDbsNativeLibraryAreInstalledNextToTheJars() throws IOException {
        Path app = unpacked.resolve(PREFIX + "/lib/app");
        for (Path sample : list(Path.of("pcap-samples"), ".pcap")) {
            assertThat(app.resolve("pcap-samples").resolve(sample.getFileName())).hasSameBinaryContentAs(sample);
        }
        try (Stream<Path> files = Files.list(app)) {
            assertThat(files.filter(p -> p.getFileName().toString().startsWith("libduckdb_java.so_linux_")))
                    .as("DuckDB's library, unpacked at build time").hasSize(1);
        }
        Path duckdbJar = list(app, ".jar").stream().filter(p -> p.getFileName().toString().startsWith("duckdb_jdbc"))
                .findFirst().orElseThrow();
        try (ZipFile jar = new ZipFile(duckdbJar.toFile())) {
            assertThat(jar.stream().filter(e -> e.getName().startsWith("libduckdb_java"))).as("natives left in the jar").isEmpty();
        }
    }

    @Test
    void theInstalledApplicationOpensOnItsBundledSample(@TempDir Path home) throws Exception {
        Path screenshot = SCREENSHOTS.resolve("installed.png");
        runWindow(home, screenshot, List.of());

        BufferedImage image = ImageIO.read(screenshot.toFile());
        assertThat(image.getWidth()).isGreaterThanOrEqualTo(800);
        assertThat(ScreenshotPixels.luminanceVariance(image)).as("a blank picture has no variance").isGreaterThan(100);
        assertThat(ScreenshotPixels.bluishShare(image)).as("the chart shows the sample's traffic").isGreaterThan(0.01);
        assertThat(datasets(home)).contains("ntp-amplification.pcap");
    }

    @Test
    void aCaptureGivenAsArgumentIsImportedAndShown(@TempDir Path home) throws Exception {
        Path capture = home.resolve("attack.pcap.gz");
        try (InputStream in = Files.newInputStream(unpacked.resolve(PREFIX + "/lib/app/pcap-samples/syn-flood.pcap"));
             OutputStream out = new GZIPOutputStream(Files.newOutputStream(capture))) {
            in.transferTo(out);
        }
        runWindow(home, SCREENSHOTS.resolve("installed-opened-file.png"), List.of(capture.toString()));

        String datasets = datasets(home);
        assertThat(datasets).contains("attack.pcap.gz").contains("complete").doesNotContain("ntp-amplification");
    }

    /** Starts the installed launcher under Xvfb with a fresh home; it quits after its screenshot. */
    private static void runWindow(Path home, Path screenshot, List<String> args) throws Exception {
        assumeTrue(ExternalTools.onPath("xvfb-run"), "xvfb-run is not installed (Debian: xvfb xauth libgtk-3-0)");
        Files.createDirectories(screenshot.getParent());
        Files.deleteIfExists(screenshot);
        List<String> command = new ArrayList<>(List.of("xvfb-run", "-a", "-s", "-screen 0 1280x800x24 -nolisten tcp",
                launcher.toString()));
        command.addAll(args);
        Path log = home.resolve("window.log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        // the native launcher takes JVM options only from its .cfg; the JVM itself reads this variable
        builder.environment().put("JAVA_TOOL_OPTIONS", "-Duser.home=" + home.toAbsolutePath() + " -Dprism.order=sw"
                + " -Dflowbench.screenshot=" + screenshot.toAbsolutePath() + " -Dflowbench.exitAfterScreenshot=true");
        Process window = builder.start();
        boolean ended = window.waitFor(180, TimeUnit.SECONDS);
        if (!ended) {
            window.descendants().forEach(ProcessHandle::destroyForcibly);
            window.destroyForcibly();
        }
        assertThat(ended).as("the application quits after its screenshot; log:\n" + Files.readString(log)).isTrue();
        assertThat(window.exitValue()).as("exit status; log:\n" + Files.readString(log)).isZero();
        assertThat(screenshot).isNotEmptyFile();
    }

    /** {@code Flowbench datasets --format csv} on the default workspace of {@code home}, through the installed launcher. */
    private static String datasets(Path home) throws Exception {
        Path workspace = home.resolve(".flowbench/workspace.duckdb");
        Process p = new ProcessBuilder(launcher.toString(), "--workspace", workspace.toString(), "datasets", "--format", "csv")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as("datasets exit status; output:\n" + out).isZero();
        return out;
    }

    private static List<Path> list(Path dir, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }
}

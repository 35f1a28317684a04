package org.flowbench.ui.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.flowbench.testsupport.ScreenshotPixels;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Detect area in a real window: starts Xvfb, runs {@link DetectScreenshotApp} in a child JVM
 * over the syn-flood scenario, and checks the PNG it writes shows the alert timeline. The
 * picture is copied to docs/images/detect.png for the documentation.
 * Skipped where Xvfb or pcap-samples/ is missing.
 */
class DetectScreenshotTest {
    private static final Path SCREENSHOT = Path.of("target", "screenshots", "detect.png");
    private static final Path CHILD_LOG = Path.of("target", "screenshots", "detect-child.log");
    private static final Path SCENARIO = Path.of("pcap-samples", "syn-flood.pcap");
    private static final Path DOCS_IMAGE = Path.of("docs", "images", "detect.png");

    private Process xvfb;
    private Process app;

    @AfterEach
    void stopProcesses() throws InterruptedException {
        for (Process p : new Process[] {app, xvfb}) {
            if (p != null && p.isAlive()) {
                p.destroy();
                if (!p.waitFor(5, TimeUnit.SECONDS)) p.destroyForcibly();
            }
        }
    }

    @Test
    void detectAreaShowsAlertsOverTheTraffic(@TempDir Path temp) throws Exception {
        assumeTrue(Files.isRegularFile(SCENARIO), "pcap-samples/ is not in the working directory");
        Path xvfbBinary = onPath("Xvfb");
        assumeTrue(xvfbBinary != null, "Xvfb is not on PATH; install xvfb (and libgtk-3-0) to run the real-window test");
        int display = freeDisplay();
        xvfb = new ProcessBuilder(xvfbBinary.toString(), ":" + display, "-screen", "0", "1280x800x24", "-nolisten", "tcp")
                .redirectErrorStream(true).redirectOutput(temp.resolve("xvfb.log").toFile()).start();
        waitForDisplay(display);

        Files.createDirectories(SCREENSHOT.getParent());
        Files.deleteIfExists(SCREENSHOT);
        ProcessBuilder child = new ProcessBuilder(childCommand(temp))
                .redirectErrorStream(true).redirectOutput(CHILD_LOG.toFile());
        child.environment().put("DISPLAY", ":" + display);
        app = child.start();

        boolean ended = app.waitFor(180, TimeUnit.SECONDS);
        assertThat(ended).as("the application quits after its screenshot; log in " + CHILD_LOG).isTrue();
        assertThat(app.exitValue()).as("exit status; log in " + CHILD_LOG + ":\n" + Files.readString(CHILD_LOG)).isZero();
        assertThat(SCREENSHOT).exists();

        BufferedImage image = ImageIO.read(SCREENSHOT.toFile());
        assertThat(image.getWidth()).isGreaterThanOrEqualTo(800);
        assertThat(ScreenshotPixels.luminanceVariance(image)).as("a blank picture has no variance").isGreaterThan(100);
        assertThat(ScreenshotPixels.bluishShare(image)).as("share of pixels in the bits/s area colour: the chart has data")
                .isGreaterThan(0.005);
        Files.createDirectories(DOCS_IMAGE.getParent());
        Files.copy(SCREENSHOT, DOCS_IMAGE, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private List<String> childCommand(Path temp) {
        String java = ProcessHandle.current().info().command().orElse("java");
        return List.of(java,
                "-cp", System.getProperty("java.class.path"),
                "-Xmx1g",
                "-Dprism.order=sw",
                "--add-opens=java.base/java.nio=org.apache.arrow.memory.core,ALL-UNNAMED",
                "-Darrow.enable_unsafe_memory_access=true",
                "-Duser.home=" + temp.toAbsolutePath(),
                DetectScreenshotApp.Main.class.getName(),
                temp.resolve("workspace.duckdb").toAbsolutePath().toString(),
                SCENARIO.toAbsolutePath().toString(),
                SCREENSHOT.toAbsolutePath().toString());
    }

    private static Path onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) return null;
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, program);
            if (Files.isExecutable(candidate)) return candidate;
        }
        return null;
    }

    /** A display number with neither a lock file nor a socket: no other X server uses it. */
    private static int freeDisplay() {
        for (int n = 99; n < 199; n++) {
            if (!Files.exists(Path.of("/tmp/.X" + n + "-lock")) && !Files.exists(Path.of("/tmp/.X11-unix/X" + n))) {
                return n;
            }
        }
        throw new IllegalStateException("no free X display between :99 and :198");
    }

    private void waitForDisplay(int display) throws InterruptedException {
        Path socket = Path.of("/tmp/.X11-unix/X" + display);
        for (int i = 0; i < 100 && !Files.exists(socket); i++) {
            assertThat(xvfb.isAlive()).as("Xvfb :" + display + " is running").isTrue();
            Thread.sleep(100);
        }
        assertThat(socket).as("Xvfb socket").exists();
    }
}

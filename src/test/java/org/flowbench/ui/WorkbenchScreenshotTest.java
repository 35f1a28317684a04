package org.flowbench.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.flowbench.testsupport.FloodPcap;
import org.flowbench.testsupport.ScreenshotPixels;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real application in a real window: starts Xvfb, runs {@code org.flowbench.Launcher} in a
 * child JVM on an empty workspace with a samples folder, lets it import the sample and write a
 * PNG of its window once the chart has data, and checks the picture shows a chart.
 * Skipped where Xvfb is not installed.
 */
class WorkbenchScreenshotTest {
    private static final Path SCREENSHOT = Path.of("target", "screenshots", "workbench.png");
    private static final Path CHILD_LOG = Path.of("target", "screenshots", "workbench-child.log");
    /** The project's training samples, when the samples change has landed. */
    private static final Path PROJECT_SAMPLES = Path.of("pcap-samples");

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
    void realWindowShowsTheTrafficChartOfTheSample(@TempDir Path temp) throws Exception {
        Path xvfbBinary = onPath("Xvfb");
        assumeTrue(xvfbBinary != null, "Xvfb is not on PATH; install xvfb (and libgtk-3-0) to run the real-window test");
        int display = freeDisplay();
        xvfb = new ProcessBuilder(xvfbBinary.toString(), ":" + display, "-screen", "0", "1280x800x24", "-nolisten", "tcp")
                .redirectErrorStream(true).redirectOutput(temp.resolve("xvfb.log").toFile()).start();
        waitForDisplay(display);

        Files.createDirectories(SCREENSHOT.getParent());
        Files.deleteIfExists(SCREENSHOT);
        ProcessBuilder child = new ProcessBuilder(childCommand(temp, samples(temp)))
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
                .isGreaterThan(0.01);
    }

    private List<String> childCommand(Path temp, Path samples) {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java,
                "-cp", System.getProperty("java.class.path"),
                "-Xmx1g",
                "-Dprism.order=sw",
                "--add-opens=java.base/java.nio=org.apache.arrow.memory.core,ALL-UNNAMED",
                "-Darrow.enable_unsafe_memory_access=true",
                "-Dflowbench.samples=" + samples.toAbsolutePath(),
                "-Dflowbench.screenshot=" + SCREENSHOT.toAbsolutePath(),
                "-Dflowbench.exitAfterScreenshot=true",
                "-Dflowbench.screenshot.filter=proto = UDP AND src_port IN (123, 53) -- reflected traffic",
                "-Duser.home=" + temp.toAbsolutePath(),
                "org.flowbench.Launcher",
                "--workspace", temp.resolve("workspace.duckdb").toAbsolutePath().toString()));
        return command;
    }

    /** The project's samples if present, else a folder with a generated flood capture. */
    private static Path samples(Path temp) throws IOException {
        if (Files.isRegularFile(PROJECT_SAMPLES.resolve("ntp-amplification.pcap"))) return PROJECT_SAMPLES;
        Path dir = Files.createDirectories(temp.resolve("samples"));
        FloodPcap.write(dir.resolve("ntp-amplification.pcap"));
        return dir;
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

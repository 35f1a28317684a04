package org.flowbench.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.flowbench.testsupport.XvfbDisplay;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Live panel collecting a replayed flood in a real window under Xvfb: the picture for
 * docs/images/live.png (target/screenshots/live.png), checked to show the chart's bits/s area.
 * Skipped where Xvfb is not installed.
 */
class LiveScreenshotTest {
    private static final Path SCREENSHOT = Path.of("target", "screenshots", "live.png");
    private static final Path CHILD_LOG = Path.of("target", "screenshots", "live-child.log");

    @Test
    void liveCollectorWithTrafficInARealWindow(@TempDir Path temp) throws Exception {
        try (XvfbDisplay display = XvfbDisplay.start(temp.resolve("xvfb.log"))) {
            assumeTrue(display != null, "Xvfb is not on PATH; install xvfb (and libgtk-3-0) to run the real-window test");
            Files.createDirectories(SCREENSHOT.getParent());
            Files.deleteIfExists(SCREENSHOT);
            String java = ProcessHandle.current().info().command().orElse("java");
            ProcessBuilder child = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                    "-Xmx1g", "-Dprism.order=sw",
                    "--add-opens=java.base/java.nio=org.apache.arrow.memory.core,ALL-UNNAMED",
                    "-Darrow.enable_unsafe_memory_access=true",
                    "-Duser.home=" + temp.toAbsolutePath(),
                    LiveScreenshotApp.Main.class.getName(),
                    temp.resolve("workspace.duckdb").toAbsolutePath().toString(), SCREENSHOT.toAbsolutePath().toString()))
                    .redirectErrorStream(true).redirectOutput(CHILD_LOG.toFile());
            child.environment().put("DISPLAY", display.name());
            Process app = child.start();
            try {
                assertThat(app.waitFor(180, TimeUnit.SECONDS)).as("the window quits after its screenshot; log in " + CHILD_LOG)
                        .isTrue();
            } finally {
                if (app.isAlive()) app.destroyForcibly();
            }
            assertThat(SCREENSHOT).as("log in " + CHILD_LOG + ":\n" + Files.readString(CHILD_LOG)).exists();
            BufferedImage image = ImageIO.read(SCREENSHOT.toFile());
            assertThat(image.getWidth()).isGreaterThanOrEqualTo(800);
            assertThat(bluishShare(image)).as("share of pixels in the bits/s area colour: the live chart has data")
                    .isGreaterThan(0.01);
        }
    }

    /** Pixels clearly blue: the translucent bits/s area of the chart (Primer accent blue). */
    private static double bluishShare(BufferedImage image) {
        long blue = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                if ((rgb & 0xff) > 150 && (rgb & 0xff) - (rgb >> 16 & 0xff) > 60) blue++;
            }
        }
        return (double) blue / ((long) image.getWidth() * image.getHeight());
    }
}

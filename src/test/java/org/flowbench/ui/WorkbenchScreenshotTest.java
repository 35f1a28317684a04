package org.flowbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.flowbench.testsupport.FloodPcap;
import org.flowbench.testsupport.RealWindowRun;
import org.flowbench.testsupport.ScreenshotPixels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real application in a real window: runs {@code org.flowbench.Launcher} under Xvfb on an
 * empty workspace with a samples folder, lets it import the sample and write a PNG of its window
 * once the chart has data, and checks the picture shows a chart. Skipped where Xvfb is not installed.
 */
class WorkbenchScreenshotTest {
    /** The project's training samples. */
    private static final Path PROJECT_SAMPLES = Path.of("pcap-samples");

    @Test
    void realWindowShowsTheTrafficChartOfTheSample(@TempDir Path temp) throws Exception {
        RealWindowRun run = RealWindowRun.named("workbench");
        BufferedImage image = run
                .property("flowbench.samples", samples(temp).toAbsolutePath().toString())
                .property("flowbench.screenshot", run.screenshot().toString())
                .property("flowbench.exitAfterScreenshot", "true")
                .property("flowbench.screenshot.filter", "proto = UDP AND src_port IN (123, 53) -- reflected traffic")
                .run(temp, "org.flowbench.Launcher", "--workspace", temp.resolve("workspace.duckdb").toAbsolutePath().toString());

        assertThat(ScreenshotPixels.bluishShare(image)).as("share of pixels in the bits/s area colour: the chart has data")
                .isGreaterThan(0.01);
    }

    /** The project's samples if present, else a folder with a generated flood capture. */
    private static Path samples(Path temp) throws IOException {
        if (Files.isRegularFile(PROJECT_SAMPLES.resolve("ntp-amplification.pcap"))) return PROJECT_SAMPLES;
        Path dir = Files.createDirectories(temp.resolve("samples"));
        FloodPcap.write(dir.resolve("ntp-amplification.pcap"));
        return dir;
    }
}

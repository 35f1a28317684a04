package org.flowbench.ui.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import org.flowbench.testsupport.RealWindowRun;
import org.flowbench.testsupport.ScreenshotPixels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Detect area in a real window: runs {@link DetectScreenshotApp} under Xvfb over the
 * syn-flood scenario and checks the PNG it writes shows the alert timeline over the traffic
 * (the guide's docs/images/detect.png). Skipped where Xvfb or pcap-samples/ is missing.
 */
class DetectScreenshotTest {
    private static final Path SCENARIO = Path.of("pcap-samples", "syn-flood.pcap");

    @Test
    void detectAreaShowsAlertsOverTheTraffic(@TempDir Path temp) throws Exception {
        assumeTrue(Files.isRegularFile(SCENARIO), "pcap-samples/ is not in the working directory");
        RealWindowRun run = RealWindowRun.named("detect");
        BufferedImage image = run.run(temp, DetectScreenshotApp.Main.class.getName(),
                temp.resolve("workspace.duckdb").toAbsolutePath().toString(),
                SCENARIO.toAbsolutePath().toString(), run.screenshot().toString());

        assertThat(ScreenshotPixels.bluishShare(image)).as("share of pixels in the bits/s area colour: the chart has data")
                .isGreaterThan(0.005);
    }
}

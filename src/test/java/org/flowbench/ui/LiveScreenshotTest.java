package org.flowbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import org.flowbench.testsupport.RealWindowRun;
import org.flowbench.testsupport.ScreenshotPixels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Live panel collecting a replayed flood in a real window under Xvfb: the picture for
 * docs/images/live.png (target/screenshots/live.png), checked to show the chart's bits/s area.
 * Skipped where Xvfb is not installed.
 */
class LiveScreenshotTest {
    @Test
    void liveCollectorWithTrafficInARealWindow(@TempDir Path temp) throws Exception {
        RealWindowRun run = RealWindowRun.named("live");
        BufferedImage image = run.run(temp, LiveScreenshotApp.Main.class.getName(),
                temp.resolve("workspace.duckdb").toAbsolutePath().toString(), run.screenshot().toString());

        assertThat(ScreenshotPixels.bluishShare(image)).as("share of pixels in the bits/s area colour: the live chart has data")
                .isGreaterThan(0.01);
    }
}

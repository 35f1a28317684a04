package org.flowbench.ui.common;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.flowbench.task.BackgroundTask;

/** A PNG of a scene: the snapshot on the FX thread, the encoding and writing on a worker. */
public final class SceneSnapshot {
    private SceneSnapshot() {}

    /** Call on the FX thread; the returned task writes the file when run. */
    public static BackgroundTask<Path> toPng(Scene scene, Path file) {
        WritableImage image = scene.snapshot(null);
        return BackgroundTask.of("Write screenshot", (progress, cancel) -> {
            BufferedImage pixels = SwingFXUtils.fromFXImage(image, null);
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            if (!ImageIO.write(pixels, "png", file.toFile())) throw new IOException("no PNG writer available");
            return file;
        });
    }
}

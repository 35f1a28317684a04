package org.flowbench.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;

/**
 * Runs a screenshot program (the real launcher or a small app over one work area) in a child JVM
 * on its own Xvfb display, waits until it has written its PNG and quit, and returns the picture
 * once it is known not to be blank. Skips the test where Xvfb is not installed.
 *
 * <p>With the environment variable {@code FLOWBENCH_DOC_IMAGES=1} the picture is also copied to
 * {@code docs/images/} under the same name, which is how the guide's screenshots are refreshed;
 * otherwise a test run leaves the working tree clean.
 */
public final class RealWindowRun {
    private static final Path DIR = Path.of("target", "screenshots");

    private final String name;
    private final List<String> properties = new ArrayList<>();

    private RealWindowRun(String name) {
        this.name = name;
    }

    /** A run whose picture is {@code target/screenshots/NAME.png} (and its log {@code NAME-child.log}). */
    public static RealWindowRun named(String name) {
        return new RealWindowRun(name);
    }

    /** Adds a {@code -Dkey=value} to the child JVM. */
    public RealWindowRun property(String key, String value) {
        properties.add("-D" + key + "=" + value);
        return this;
    }

    /** Where the child writes its picture: pass it to the child as an argument or property. */
    public Path screenshot() { return DIR.resolve(name + ".png").toAbsolutePath(); }

    /** Runs {@code mainClass args} with {@code home} as the user's home and returns its picture. */
    public BufferedImage run(Path home, String mainClass, String... args) throws Exception {
        Path log = DIR.resolve(name + "-child.log");
        try (XvfbDisplay display = XvfbDisplay.start(home.resolve("xvfb.log"))) {
            assumeTrue(display != null, "Xvfb is not on PATH; install xvfb (and libgtk-3-0) to run the real-window test");
            Files.createDirectories(DIR);
            Files.deleteIfExists(screenshot());
            ProcessBuilder child = new ProcessBuilder(command(home, mainClass, args))
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            child.environment().put("DISPLAY", display.name());
            Process app = child.start();
            try {
                assertThat(app.waitFor(180, TimeUnit.SECONDS)).as("the window quits after its screenshot; log in " + log).isTrue();
            } finally {
                if (app.isAlive()) app.destroyForcibly();
            }
            assertThat(app.exitValue()).as("exit status; log in " + log + ":\n" + Files.readString(log)).isZero();
        }
        assertThat(screenshot()).as("log in " + log).exists();
        BufferedImage image = ImageIO.read(screenshot().toFile());
        assertThat(image.getWidth()).isGreaterThanOrEqualTo(800);
        assertThat(ScreenshotPixels.luminanceVariance(image)).as("a blank picture has no variance").isGreaterThan(100);
        if ("1".equals(System.getenv("FLOWBENCH_DOC_IMAGES"))) {
            Path docs = Files.createDirectories(Path.of("docs", "images"));
            Files.copy(screenshot(), docs.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        }
        return image;
    }

    private List<String> command(Path home, String mainClass, String... args) {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"),
                "-Xmx1g",
                "-Dprism.order=sw",
                "--add-opens=java.base/java.nio=org.apache.arrow.memory.core,ALL-UNNAMED",
                "-Darrow.enable_unsafe_memory_access=true",
                "-Duser.home=" + home.toAbsolutePath()));
        command.addAll(properties);
        command.add(mainClass);
        command.addAll(List.of(args));
        return command;
    }
}

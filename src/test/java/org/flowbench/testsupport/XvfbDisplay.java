package org.flowbench.testsupport;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** An Xvfb server on a free display for real-window tests; null from {@link #start} where Xvfb is absent. */
public final class XvfbDisplay implements AutoCloseable {
    private final Process process;
    private final int number;

    private XvfbDisplay(Process process, int number) {
        this.process = process;
        this.number = number;
    }

    /** Starts Xvfb (1280x800, 24 bit) logging into {@code log}; returns null when Xvfb is not on PATH. */
    public static XvfbDisplay start(Path log) throws Exception {
        Path binary = onPath("Xvfb");
        if (binary == null) return null;
        int n = freeDisplay();
        Process p = new ProcessBuilder(binary.toString(), ":" + n, "-screen", "0", "1280x800x24", "-nolisten", "tcp")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        XvfbDisplay display = new XvfbDisplay(p, n);
        Path socket = Path.of("/tmp/.X11-unix/X" + n);
        for (int i = 0; i < 100 && !Files.exists(socket); i++) {
            if (!p.isAlive()) throw new IllegalStateException("Xvfb :" + n + " ended; see " + log);
            Thread.sleep(100);
        }
        if (!Files.exists(socket)) {
            display.close();
            throw new IllegalStateException("Xvfb :" + n + " did not open its socket; see " + log);
        }
        return display;
    }

    /** The DISPLAY value, ":99". */
    public String name() { return ":" + number; }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(5, TimeUnit.SECONDS)) process.destroyForcibly();
        }
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
            if (!Files.exists(Path.of("/tmp/.X" + n + "-lock")) && !Files.exists(Path.of("/tmp/.X11-unix/X" + n))) return n;
        }
        throw new IllegalStateException("no free X display between :99 and :198");
    }
}

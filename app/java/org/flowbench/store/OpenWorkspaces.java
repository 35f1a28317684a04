package org.flowbench.store;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How many {@link Workspace} handles of this process have each file open: the window's own and the
 * duplicates that imports, deletes and live sessions write through. Replacing the file (compaction)
 * is only safe once none is left; a handle still writing would go on into the replaced file.
 */
final class OpenWorkspaces {
    private static final ConcurrentHashMap<Path, AtomicInteger> OPEN = new ConcurrentHashMap<>();
    private static final long POLL_MILLIS = 20;

    private OpenWorkspaces() {}

    static void opened(Path file) {
        OPEN.computeIfAbsent(key(file), k -> new AtomicInteger()).incrementAndGet();
    }

    static void closed(Path file) {
        OPEN.computeIfPresent(key(file), (k, n) -> n.decrementAndGet() <= 0 ? null : n);
    }

    static int count(Path file) {
        AtomicInteger n = OPEN.get(key(file));
        return n == null ? 0 : n.get();
    }

    /** Waits until at most {@code handles} are open on the file; false when {@code timeout} passed first. */
    static boolean awaitAtMost(Path file, int handles, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        // closes are rare and waits short: polling keeps every handle free of a shared monitor
        while (count(file) > handles) {
            if (System.nanoTime() - deadline >= 0) return false;
            Thread.sleep(POLL_MILLIS);
        }
        return true;
    }

    private static Path key(Path file) {
        return file.toAbsolutePath().normalize();
    }
}

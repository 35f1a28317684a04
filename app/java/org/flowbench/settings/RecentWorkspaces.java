package org.flowbench.settings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The File > Open recent list: most recent first, no duplicates, files gone from disk dropped. */
public final class RecentWorkspaces {
    /** Enough for a menu; older entries fall off the end. */
    public static final int LIMIT = 8;

    private RecentWorkspaces() {}

    /** The list after opening {@code opened}: it moves (or is added) to the front. */
    public static List<Path> opened(List<Path> recent, Path opened) {
        Path abs = opened.toAbsolutePath().normalize();
        List<Path> next = new ArrayList<>();
        next.add(abs);
        for (Path p : recent) {
            if (next.size() == LIMIT) break;
            if (!p.toAbsolutePath().normalize().equals(abs)) next.add(p);
        }
        return List.copyOf(next);
    }

    /** The entries whose files still exist, in the same order. */
    public static List<Path> existing(List<Path> recent) {
        return recent.stream().filter(Files::isRegularFile).toList();
    }
}

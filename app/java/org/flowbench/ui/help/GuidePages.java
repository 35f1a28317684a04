package org.flowbench.ui.help;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The user guide's pages and pictures, packed into the jar from {@code docs/} by the build
 * (pom.xml resources), so the guide in the window is the one in the repository.
 */
public final class GuidePages {
    /** The page Help ▸ User guide opens. */
    public static final String HOME = "user-guide.md";
    private static final String ROOT = "/org/flowbench/help/";

    private GuidePages() {}

    /** The Markdown text of a page such as {@code user-guide.md}; read it off the FX thread. */
    public static String read(String page) throws IOException {
        try (InputStream in = GuidePages.class.getResourceAsStream(ROOT + checked(page))) {
            if (in == null) throw new IOException("the guide has no page " + page);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Where a picture a page refers to (e.g. {@code images/live.png}) lives, when it was packed. */
    public static Optional<URL> picture(String relative) {
        return Optional.ofNullable(GuidePages.class.getResource(ROOT + checked(relative)));
    }

    /** A page or picture name relative to the guide; refuses anything that climbs out of it. */
    private static String checked(String relative) {
        if (relative.contains("..") || relative.startsWith("/")) {
            throw new IllegalArgumentException("not a page of the guide: " + relative);
        }
        return relative;
    }
}

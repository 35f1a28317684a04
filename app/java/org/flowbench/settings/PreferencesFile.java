package org.flowbench.settings;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * Reads and writes {@link Preferences} as a properties file ({@code ~/.flowbench/preferences.properties}).
 * A value that no longer parses (a zone renamed, a hand edit) falls back to its default and is
 * reported, so a bad file never stops the application from starting.
 */
public final class PreferencesFile {
    private static final String RECENT = "recentWorkspace.";

    private final Path file;
    private final List<String> problems = new ArrayList<>();

    public PreferencesFile(Path file) {
        this.file = file;
    }

    /** {@code -Dflowbench.preferences=FILE} overrides it (tests, portable installs). */
    public static Path defaultPath() {
        String override = System.getProperty("flowbench.preferences");
        if (override != null && !override.isBlank()) return Path.of(override);
        return Path.of(System.getProperty("user.home"), ".flowbench", "preferences.properties");
    }

    /** Problems found by the last {@link #load()}: key, value and why it was ignored. */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    public Preferences load() throws IOException {
        problems.clear();
        if (!Files.exists(file)) return Preferences.DEFAULTS;
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        Preferences d = Preferences.DEFAULTS;
        return new Preferences(zone(p.getProperty("timeZone"), d.timeZone()),
                choice(p, "rateUnit", Preferences.RateUnit.class, d.rateUnit()), path(p.getProperty("workspace")),
                path(p.getProperty("countryDb")), path(p.getProperty("asnDb")),
                choice(p, "theme", Preferences.Theme.class, d.theme()), recent(p));
    }

    /** Writes through a temporary file and a rename, so a crash never leaves half a file. */
    public void save(Preferences prefs) throws IOException {
        Properties p = new Properties();
        p.setProperty("timeZone", prefs.timeZone().getId());
        p.setProperty("rateUnit", prefs.rateUnit().name().toLowerCase(Locale.ROOT));
        p.setProperty("theme", prefs.theme().name().toLowerCase(Locale.ROOT));
        if (prefs.workspace() != null) p.setProperty("workspace", prefs.workspace().toString());
        if (prefs.countryDb() != null) p.setProperty("countryDb", prefs.countryDb().toString());
        if (prefs.asnDb() != null) p.setProperty("asnDb", prefs.asnDb().toString());
        for (int i = 0; i < prefs.recentWorkspaces().size(); i++) {
            p.setProperty(RECENT + i, prefs.recentWorkspaces().get(i).toString());
        }
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "preferences", ".tmp");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            p.store(w, "Flowbench preferences");
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private ZoneId zone(String text, ZoneId fallback) {
        if (text == null || text.isBlank()) return fallback;
        try {
            return ZoneId.of(text.trim());
        } catch (DateTimeException e) {
            problems.add("timeZone=" + text + ": not a time zone, using " + fallback.getId());
            return fallback;
        }
    }

    private <E extends Enum<E>> E choice(Properties p, String key, Class<E> type, E fallback) {
        String text = p.getProperty(key);
        if (text == null || text.isBlank()) return fallback;
        try {
            return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(key + "=" + text + ": not one of " + java.util.Arrays.toString(type.getEnumConstants())
                    + ", using " + fallback);
            return fallback;
        }
    }

    private static List<Path> recent(Properties p) {
        List<Path> recent = new ArrayList<>();
        for (int i = 0; p.getProperty(RECENT + i) != null; i++) recent.add(path(p.getProperty(RECENT + i)));
        recent.removeIf(java.util.Objects::isNull);
        return recent;
    }

    private static Path path(String text) {
        return text == null || text.isBlank() ? null : Path.of(text.trim());
    }
}

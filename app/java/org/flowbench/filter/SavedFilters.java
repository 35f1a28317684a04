package org.flowbench.filter;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Named filters kept in a small JSON file ({@code ~/.flowbench/filters.json} by default): an
 * object from name to filter text. Blocking file I/O: callers run it off the FX thread.
 */
public final class SavedFilters {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;

    public SavedFilters(Path file) {
        this.file = file;
    }

    public static SavedFilters inUserHome() {
        return new SavedFilters(Path.of(System.getProperty("user.home"), ".flowbench", "filters.json"));
    }

    public Path file() { return file; }

    /** The saved filters by name, in saving order; empty when the file does not exist yet. */
    public Map<String, String> load() throws IOException {
        if (!Files.exists(file)) return new LinkedHashMap<>();
        return JSON.readValue(file.toFile(), new TypeReference<LinkedHashMap<String, String>>() {});
    }

    /** Adds or replaces one filter and writes the file (whole, through a temporary file). */
    public Map<String, String> save(String name, String filterText) throws IOException {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("a saved filter needs a name");
        Map<String, String> all = load();
        all.put(name.strip(), filterText);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        JSON.writeValue(tmp.toFile(), all);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return all;
    }
}

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Puts a copy of DuckDB's JDBC jar without its native libraries in OUT_DIR, this platform's library
 * beside it, and that copy in place of the original on the class path file (run by every
 * {@code mvn package}: {@code java packaging/SlimDuckDb.java CLASSPATH_FILE OUT_DIR}).
 *
 * <p>DuckDBNative copies the library it needs (71 MB on Linux) from its jar to a temporary file on
 * every start, and loads one found beside its jar only when the jar has none: with the copy,
 * {@code ./flowbench}, the CLI and the benchmarks start as the installed application does, and the
 * packager stages the same two files (docs/decisions/0151, 0296).
 */
public final class SlimDuckDb {
    static final String NATIVE_PREFIX = "libduckdb_java.so_";

    public static void main(String[] args) throws IOException {
        if (args.length != 2) throw new IllegalArgumentException("usage: SlimDuckDb CLASSPATH_FILE OUT_DIR");
        Path classpathFile = Path.of(args[0]);
        Path out = Files.createDirectories(Path.of(args[1]).toAbsolutePath());
        List<String> entries = new ArrayList<>();
        for (String entry : Files.readString(classpathFile).trim().split(java.io.File.pathSeparator)) {
            Path jar = Path.of(entry);
            boolean duckDb = jar.getFileName().toString().startsWith("duckdb_jdbc") && !jar.getParent().equals(out);
            entries.add(duckDb ? slim(jar, out).toString() : entry);
        }
        Files.writeString(classpathFile, String.join(java.io.File.pathSeparator, entries));
    }

    /** The slim copy of {@code jar} in {@code out}, written unless an up-to-date one is there. */
    static Path slim(Path jar, Path out) throws IOException {
        Path to = out.resolve(jar.getFileName());
        String wanted = NATIVE_PREFIX + platform();
        Path library = out.resolve(wanted);
        if (Files.isRegularFile(to) && Files.isRegularFile(library)
                && Files.getLastModifiedTime(to).compareTo(Files.getLastModifiedTime(jar)) >= 0) {
            return to;
        }
        boolean found = false;
        Path partial = out.resolve(jar.getFileName() + ".partial");
        try (ZipFile zip = new ZipFile(jar.toFile());
             ZipOutputStream slim = new ZipOutputStream(Files.newOutputStream(partial))) {
            for (ZipEntry entry : zip.stream().toList()) {
                try (InputStream in = zip.getInputStream(entry)) {
                    if (entry.getName().startsWith(NATIVE_PREFIX)) {
                        if (entry.getName().equals(wanted)) {
                            Files.copy(in, library, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                            found = true;
                        }
                        continue;
                    }
                    slim.putNextEntry(new ZipEntry(entry.getName()));
                    in.transferTo(slim);
                    slim.closeEntry();
                }
            }
        }
        if (!found) throw new IllegalStateException(jar + " has no " + wanted + ": DuckDB does not support this platform");
        // renamed last, so an interrupted build never leaves a jar that looks complete without its library
        Files.move(partial, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return to;
    }

    /** DuckDBNative's naming: {@code <linux|macos|windows>_<amd64|arm64>}. */
    static String platform() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
        String name = os.startsWith("windows") ? "windows" : os.startsWith("mac") ? "macos" : "linux";
        return name + "_" + (arch.equals("aarch64") || arch.equals("arm64") ? "arm64" : "amd64");
    }
}

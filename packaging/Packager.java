import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;

/**
 * Builds Flowbench's app image and installers with jdeps, jlink and jpackage (run by
 * {@code mvn -Ppackage package}: {@code java packaging/Packager.java PROJECT_DIR MAIN_JAR VERSION}).
 * Everything that differs between Linux, Windows and macOS lives in {@code packaging/<os>/*.options}
 * (jpackage argument files); this program only stages the input and runs the tools.
 * See docs/decisions/0150-installers-jlink-classpath-jpackage.md.
 */
public final class Packager {
    private static final String NAME = "Flowbench";
    private static final String MAIN_CLASS = "org.flowbench.Launcher";
    private static final String DUCKDB_NATIVE = "libduckdb_java.so_";
    /**
     * Modules that code found through ServiceLoader or reflection needs, which jdeps' walk from
     * the main jar cannot see: logback (an SLF4J provider) reads logback.xml with SAX and may
     * look up JNDI; JavaFX logs through java.util.logging when it is there.
     */
    private static final List<String> EXTRA_MODULES = List.of("java.xml", "java.naming", "java.logging");

    private final Path project;
    private final Path mainJar;
    private final String version;
    private final Os os = Os.current();
    private final Path target;
    private final Path work;

    private Packager(Path project, Path mainJar, String version) {
        this.project = project.toAbsolutePath().normalize();
        this.mainJar = mainJar.toAbsolutePath();
        this.version = version.replace("-SNAPSHOT", "");
        this.target = this.project.resolve("target");
        this.work = target.resolve("jpackage");
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) throw new IllegalArgumentException("usage: Packager PROJECT_DIR MAIN_JAR VERSION");
        new Packager(Path.of(args[0]), Path.of(args[1]), args[2]).run();
    }

    private void run() throws IOException {
        deleteTree(work);
        Path dest = target.resolve("installers");
        deleteTree(dest);
        Path input = Files.createDirectories(work.resolve("input"));
        List<Path> jars = stageJars(input);
        copyTree(project.resolve("pcap-samples"), input.resolve("pcap-samples"));
        String modules = requiredModules(jars);
        Path runtime = work.resolve("runtime");
        tool("jlink", "--add-modules", modules, "--output", runtime.toString(), "--strip-debug", "--no-header-files",
                "--no-man-pages", "--compress=1", "--generate-cds-archive");

        List<String> image = new ArrayList<>(List.of("--type", "app-image", "--name", NAME, "--app-version", version,
                "--dest", dest.toString(), "--input", input.toString(), "--main-jar", mainJar.getFileName().toString(),
                "--main-class", MAIN_CLASS, "--runtime-image", runtime.toString()));
        for (String option : javaOptions()) image.addAll(List.of("--java-options", option));
        image.addAll(optionsFile("app-image"));
        tool("jpackage", image.toArray(String[]::new));
        Path appImage = dest.resolve(os.appImageName(NAME));
        report(appImage);

        for (String type : os.installerTypes()) {
            if (type.equals("rpm") && !onPath("rpmbuild")) {
                System.out.println("packager: rpmbuild is not installed (Debian: apt-get install rpm): no .rpm built");
                continue;
            }
            List<String> installer = new ArrayList<>(List.of("--type", type, "--name", NAME, "--app-version", version,
                    "--dest", dest.toString(), "--app-image", appImage.toString()));
            installer.addAll(optionsFile("installer"));
            installer.addAll(optionsFile(type));
            tool("jpackage", installer.toArray(String[]::new));
        }
        try (Stream<Path> built = Files.list(dest)) {
            for (Path p : built.filter(Files::isRegularFile).sorted().toList()) report(p);
        }
    }

    /** JVM options of the installed launcher; {@code $APPDIR} is the launcher's lib/app folder. */
    private static List<String> javaOptions() {
        return List.of("-Xmx1g",
                // Arrow's fast path, as in the ./flowbench script (STACK.md)
                "--add-opens=java.base/java.nio=ALL-UNNAMED", "-Darrow.enable_unsafe_memory_access=true",
                "-Dflowbench.samples=$APPDIR/pcap-samples");
    }

    /** The main jar and the runtime class path (target/classpath.txt, written by the dependency plugin). */
    private List<Path> stageJars(Path input) throws IOException {
        List<Path> staged = new ArrayList<>();
        staged.add(copy(mainJar, input.resolve(mainJar.getFileName())));
        String classpath = Files.readString(target.resolve("classpath.txt")).trim();
        for (String entry : classpath.split(java.io.File.pathSeparator)) {
            Path jar = Path.of(entry);
            Path to = input.resolve(jar.getFileName());
            staged.add(jar.getFileName().toString().startsWith("duckdb_jdbc") ? stageDuckDb(jar, to) : copy(jar, to));
        }
        return staged;
    }

    /**
     * DuckDB's jar as {@code mvn package} left it on the class path (packaging/SlimDuckDb.java: no
     * native libraries inside) and this platform's library beside it: DuckDBNative loads a library
     * found beside its jar when the jar has none, instead of unpacking 70 MB on every start.
     */
    private Path stageDuckDb(Path jar, Path to) throws IOException {
        List<Path> libraries;
        try (Stream<Path> siblings = Files.list(jar.getParent())) {
            libraries = siblings.filter(p -> p.getFileName().toString().startsWith(DUCKDB_NATIVE)).toList();
        }
        if (libraries.isEmpty()) {
            throw new IllegalStateException(jar + " has no native library beside it: run `mvn package` (SlimDuckDb)");
        }
        for (Path library : libraries) copy(library, to.resolveSibling(library.getFileName()));
        return copy(jar, to);
    }

    /**
     * The JDK modules the application needs: jdeps follows the classes reachable from the main
     * jar through the class path (given as roots, the modular jars would be resolved as modules
     * and fail on their automatic-module neighbours), plus {@link #EXTRA_MODULES}.
     */
    private String requiredModules(List<Path> jars) {
        String classpath = String.join(java.io.File.pathSeparator, jars.subList(1, jars.size()).stream().map(Path::toString).toList());
        String found = tool("jdeps", "--print-module-deps", "--ignore-missing-deps", "--multi-release", "17",
                "--class-path", classpath, "--recursive", jars.get(0).toString()).trim();
        List<String> modules = new ArrayList<>(List.of(found.split(",")));
        EXTRA_MODULES.stream().filter(m -> !modules.contains(m)).forEach(modules::add);
        return String.join(",", modules);
    }

    /** Arguments from packaging/OS/NAME.options, if that file exists (jpackage reads it as an @argfile). */
    private List<String> optionsFile(String name) {
        Path file = project.resolve("packaging").resolve(os.folder).resolve(name + ".options");
        return Files.isRegularFile(file) ? List.of("@" + file) : List.of();
    }

    /** Runs a JDK tool in this JVM; fails the build with its output when it fails. */
    private String tool(String name, String... args) {
        ToolProvider tool = ToolProvider.findFirst(name)
                .orElseThrow(() -> new IllegalStateException(name + " is not in this JDK (need a full JDK 17)"));
        System.out.println("packager: " + name + " " + String.join(" ", args));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        long start = System.nanoTime();
        int status = tool.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        System.out.print(out);
        System.err.print(err);
        System.out.printf(Locale.ROOT, "packager: %s took %.1f s%n", name, (System.nanoTime() - start) / 1e9);
        if (status != 0) throw new IllegalStateException(name + " failed with status " + status);
        return out.toString();
    }

    private static void report(Path path) throws IOException {
        long bytes;
        try (Stream<Path> files = Files.walk(path)) {
            bytes = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
        System.out.printf(Locale.ROOT, "packager: %s %.1f MB%n", path.getFileName(), bytes / 1e6);
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        return path != null && Stream.of(path.split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
    }

    private static Path copy(Path from, Path to) throws IOException {
        return Files.copy(from, to);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(dest);
                else Files.copy(p, dest);
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /** What differs between the three systems jpackage builds on. */
    private enum Os {
        LINUX("linux", List.of("deb", "rpm")), WINDOWS("windows", List.of("msi")), MACOS("macos", List.of("dmg"));

        final String folder;
        final List<String> installers;

        Os(String folder, List<String> installers) {
            this.folder = folder;
            this.installers = installers;
        }

        static Os current() {
            String name = System.getProperty("os.name").toLowerCase(Locale.ROOT);
            return name.startsWith("windows") ? WINDOWS : name.startsWith("mac") ? MACOS : LINUX;
        }

        List<String> installerTypes() { return installers; }

        String appImageName(String app) { return this == MACOS ? app + ".app" : app; }
    }
}

package org.flowbench.testsupport;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Wireshark's command-line tools, for tests that recompute committed expectations when they are installed. */
public final class ExternalTools {
    private ExternalTools() {}

    public static boolean onPath(String tool) {
        String path = System.getenv("PATH");
        if (path == null) return false;
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, tool))) return true;
        }
        return false;
    }

    /**
     * capinfos' packet count per file name, in one run over all the files; a file capinfos
     * cannot read (it reports an error and goes on) has no entry.
     */
    public static Map<String, Long> capinfosPackets(List<Path> files) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("capinfos", "-T", "-r", "-c", "-M"));
        files.forEach(f -> command.add(f.toString()));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        Map<String, Long> counts = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                int tab = line.lastIndexOf('\t');
                if (tab < 0) continue;
                counts.put(Path.of(line.substring(0, tab)).getFileName().toString(),
                        Long.parseLong(line.substring(tab + 1).trim()));
            }
        }
        p.waitFor();  // exit 2 when some file could not be read: those simply have no count
        return counts;
    }
}

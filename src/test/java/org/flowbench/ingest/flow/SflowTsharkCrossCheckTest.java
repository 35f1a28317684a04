package org.flowbench.ingest.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.flowbench.testsupport.CorpusManifest;
import org.flowbench.testsupport.SharedCorpus;
import org.junit.jupiter.api.Test;

/**
 * Recomputes the tshark columns of expected/sflow.tsv with the tshark on PATH, so the committed
 * numbers stay what tshark says. The captures are merged with {@code mergecap -a} and read in
 * one tshark run (it takes a second to start); frames go back to their files by record counts.
 */
class SflowTsharkCrossCheckTest {
    @Test
    void tsharkStillCountsWhatTheTsvSays() throws Exception {
        SharedCorpus.assumePresent();
        assumeTrue(onPath("tshark") && onPath("mergecap"), "tshark or mergecap is not on PATH: skipping the tshark recount");
        List<SflowExpectations> rows = SflowExpectations.load();
        List<Path> files = new ArrayList<>();
        List<Integer> fileOfFrame = new ArrayList<>();
        fileOfFrame.add(-1); // frames are numbered from 1
        for (int i = 0; i < rows.size(); i++) {
            Path f = CorpusManifest.corpora().resolve(rows.get(i).file());
            files.add(f);
            for (int k = SflowTestPayloads.frames(f); k > 0; k--) fileOfFrame.add(i);
        }
        long[][] counts = new long[rows.size()][SflowExpectations.TSHARK.size()];
        Path dir = Files.createTempDirectory("flowbench-sflow-tshark");
        Path merged = dir.resolve("all.pcapng");
        try {
            List<String> mergecap = new ArrayList<>(List.of("mergecap", "-a", "-F", "pcapng", "-w", merged.toString()));
            files.forEach(f -> mergecap.add(f.toString()));
            run(mergecap);
            List<String> lines = run(List.of("tshark", "-n", "-r", merged.toString(), "-d", "udp.port==6343,sflow",
                    "-T", "fields", "-E", "separator=|", "-E", "occurrence=a", "-E", "aggregator=,",
                    "-e", "frame.number", "-e", "sflow_245.version", "-e", "sflow_245.sampletype",
                    "-e", "sflow_245.flow_record_format", "-e", "sflow_245.counters_record_format", "-e", "_ws.malformed"));
            assertThat(lines).as("one line per frame").hasSize(fileOfFrame.size() - 1);
            for (String line : lines) {
                String[] c = line.split("\\|", -1);
                if (!List.of(c[1].split(",")).contains("5")) continue; // not decoded as sFlow v5 (the NetFlow v5 datagrams)
                long[] t = counts[fileOfFrame.get(Integer.parseInt(c[0]))];
                t[0]++;
                for (String type : values(c[2])) {
                    int sampleType = Integer.parseInt(type);
                    if (sampleType == 1 || sampleType == 3) t[1]++;
                    else if (sampleType == 2 || sampleType == 4) t[2]++;
                    else if (sampleType == 5) t[3]++;
                }
                t[4] += values(c[3]).size();
                t[5] += values(c[4]).size();
                if (!c[5].isEmpty()) t[6]++;
            }
        } finally {
            Files.deleteIfExists(merged);
            Files.deleteIfExists(dir);
        }
        for (int i = 0; i < rows.size(); i++) {
            assertThat(counts[i]).as("%s %s", rows.get(i).file(), SflowExpectations.TSHARK).containsExactly(rows.get(i).tshark());
        }
    }

    private static List<String> values(String field) {
        List<String> v = new ArrayList<>();
        for (String s : field.split(",")) if (!s.isEmpty()) v.add(s);
        return v;
    }

    private static List<String> run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) lines.add(line);
        }
        if (p.waitFor() != 0) throw new IOException(command.get(0) + " failed: exit " + p.exitValue());
        return lines;
    }

    private static boolean onPath(String tool) {
        String path = System.getenv("PATH");
        if (path == null) return false;
        for (String dir : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, tool))) return true;
        }
        return false;
    }
}

package org.flowbench.ingest.pcap;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * tshark's view of captures: frames with an IP layer, and the sum over them of the OUTERMOST
 * IP layer's length (ip.len, or ipv6.plen + 40). tshark lists every nested IP layer in
 * frame.protocols and every occurrence of ip.len / ipv6.plen in order, so the first of whichever
 * family comes first in frame.protocols is the outer one.
 *
 * <p>tshark takes about a second to start, so the files are concatenated with {@code mergecap -a}
 * (frames keep their order, each file's link type becomes a pcapng interface) and read in one run;
 * packets are attributed back to files by their record counts.
 */
public final class TsharkTotals {
    private TsharkTotals() {}

    /** @return per file, {ip frames, ip bytes} */
    public static long[][] of(List<Path> files, int[] recordCounts) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("flowbench-tshark");
        Path merged = dir.resolve("all.pcapng");
        try {
            List<String> mergecap = new ArrayList<>(List.of("mergecap", "-a", "-F", "pcapng", "-w", merged.toString()));
            files.forEach(f -> mergecap.add(f.toString()));
            run(mergecap, null);
            long[][] totals = new long[files.size()][2];
            int[] fileOfPacket = new int[sum(recordCounts)];
            for (int i = 0, packet = 0; i < recordCounts.length; i++) {
                for (int k = 0; k < recordCounts[i]; k++) fileOfPacket[packet++] = i;
            }
            List<String> lines = new ArrayList<>();
            run(List.of("tshark", "-n", "-r", merged.toString(), "-T", "fields", "-E", "separator=|", "-E",
                    "occurrence=a", "-e", "frame.number", "-e", "frame.protocols", "-e", "ip.len", "-e", "ipv6.plen",
                    "-e", "frame.interface_id"), lines);
            // tshark 4.0 lists pcapng custom blocks as frames too; only packets have an interface
            List<String[]> packets = lines.stream().map(l -> l.split("\\|", -1))
                    .filter(f -> f.length >= 5 && !f[4].isEmpty()).toList();
            if (packets.size() != fileOfPacket.length) {
                throw new IOException("tshark read " + packets.size() + " packets, the files hold " + fileOfPacket.length);
            }
            for (int k = 0; k < packets.size(); k++) {
                String[] f = packets.get(k);
                String outer = outerIp(f[1]);
                if (outer == null) continue;
                long[] t = totals[fileOfPacket[k]];
                t[0]++;
                t[1] += outer.equals("ip") ? first(f, 2) : first(f, 3) + 40;
            }
            return totals;
        } finally {
            Files.deleteIfExists(merged);
            Files.deleteIfExists(dir);
        }
    }

    private static void run(List<String> command, List<String> lines) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (lines != null) lines.add(line);
            }
        }
        if (p.waitFor() != 0) throw new IOException(command.get(0) + " failed: exit " + p.exitValue());
    }

    private static int sum(int[] values) {
        int s = 0;
        for (int v : values) s += v;
        return s;
    }

    private static String outerIp(String protocols) {
        for (String layer : protocols.split(":")) {
            if (layer.equals("ip") || layer.equals("ipv6")) return layer;
        }
        return null;
    }

    private static long first(String[] fields, int i) {
        if (fields.length <= i || fields[i].isEmpty()) return 0;
        return Long.parseLong(fields[i].split(",")[0].trim());
    }
}

package org.flowbench.ingest.pcap;
import java.nio.file.*;
class CorpusProbe {
    public static void main(String[] a) throws Exception {
        try (var files = Files.list(Path.of(a[0]))) {
            for (Path f : files.sorted().toList()) {
                PacketDecoder dec = new PacketDecoder();
                DecodedPacket out = new DecodedPacket();
                long[] ip = new long[2];
                ClassicPcapWalker.walk(f, (lt, d, o, c, orig) -> {
                    PacketDecoder.Outcome r = dec.decode(lt, d, o, c, orig, out);
                    if (r == PacketDecoder.Outcome.IP) { ip[0]++; ip[1] += out.ipBytes; }
                    if (a.length > 1) System.out.println("  " + PacketText.render(r, out, dec));
                });
                System.out.println(f.getFileName() + "\t" + ip[0] + "\t" + ip[1] + "\t" + dec.stats());
            }
        }
    }
}

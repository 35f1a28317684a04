package org.flowbench.ingest.pcap;

/** Names the formats people mistake for captures, so that the error says what the file is. */
final class KnownMagic {
    private KnownMagic() {}

    /** A suffix for the error message: " (what this is)", or "" for unknown bytes. */
    static String describe(int magic, boolean insideGzip) {
        String name = name(magic, insideGzip);
        return name == null ? "" : " (" + name + ")";
    }

    private static String name(int magic, boolean insideGzip) {
        if (magic == 0xa1b2cd34 || magic == 0x34cdb2a1) {
            return "Kuznetzov's modified pcap, unsupported: convert it with editcap -F pcap";
        }
        if ((magic >>> 16) == 0x1f8b) return insideGzip ? "gzip inside gzip, unsupported: decompress the outer layer" : "gzip";
        if ((magic >>> 8) == 0x425a68) return "bzip2-compressed, unsupported: decompress it or use gzip";
        if (magic == 0xfd377a58) return "xz-compressed, unsupported: decompress it or use gzip";
        if (magic == 0x28b52ffd) return "zstd-compressed, unsupported: decompress it or use gzip";
        if (magic == 0x04224d18) return "lz4-compressed, unsupported: decompress it or use gzip";
        if (magic == 0x504b0304) return "a zip archive, unsupported: extract the capture first";
        return null;
    }
}

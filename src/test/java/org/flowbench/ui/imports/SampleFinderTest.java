package org.flowbench.ui.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleFinderTest {
    @Test
    void prefersTheNtpAmplificationSample(@TempDir Path dir) throws IOException {
        Files.createFile(dir.resolve("a.pcap"));
        Files.createFile(dir.resolve("ntp-amplification.pcap"));
        assertThat(SampleFinder.find(dir)).contains(dir.resolve("ntp-amplification.pcap"));
    }

    @Test
    void otherwiseTakesTheFirstPcapByName(@TempDir Path dir) throws IOException {
        Files.createFile(dir.resolve("syn-flood.pcap"));
        Files.createFile(dir.resolve("dns-water-torture.pcap"));
        Files.createFile(dir.resolve("README.md"));
        Files.createDirectory(dir.resolve("aaa.pcap"));
        assertThat(SampleFinder.find(dir)).contains(dir.resolve("dns-water-torture.pcap"));
    }

    @Test
    void noSamplesNoDirectoryNoProblem(@TempDir Path dir) throws IOException {
        assertThat(SampleFinder.find(dir)).isEmpty();
        assertThat(SampleFinder.find(dir.resolve("missing"))).isEmpty();
        assertThat(SampleFinder.find(null)).isEmpty();
    }
}

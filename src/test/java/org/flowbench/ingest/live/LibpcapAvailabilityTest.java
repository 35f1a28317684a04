package org.flowbench.ingest.live;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the user reads when pcap4j cannot load libpcap, simulated through the probe seam. */
class LibpcapAvailabilityTest {
    @Test
    void aMissingLibraryTellsWhatToInstallOnEachPlatform() {
        LibpcapAvailability.Result r = LibpcapAvailability.check(() -> {
            throw new UnsatisfiedLinkError("Unable to load library 'pcap': libpcap.so: cannot open shared object file");
        });
        assertThat(r.available()).isFalse();
        assertThat(r.message())
                .startsWith("Live capture needs libpcap, which could not be loaded (UnsatisfiedLinkError: "
                        + "Unable to load library 'pcap'")
                .contains("Debian/Ubuntu: sudo apt install libpcap0.8")
                .contains("Fedora/RHEL: sudo dnf install libpcap")
                .contains("macOS: libpcap is built in")
                .contains("Windows: install Npcap from https://npcap.com");
    }

    @Test
    void laterTouchesOfAFailedClassAreRecognisedToo() {
        LibpcapAvailability.Result r = LibpcapAvailability.check(() -> {
            throw new NoClassDefFoundError("Could not initialize class org.pcap4j.core.NativeMappings");
        });
        assertThat(r.available()).isFalse();
        assertThat(r.message()).contains("NoClassDefFoundError").contains("libpcap0.8");
    }

    @Test
    void aLoadedLibraryReportsItsVersion() {
        LibpcapAvailability.Result r = LibpcapAvailability.check(() -> "libpcap version 1.10.3");
        assertThat(r.available()).isTrue();
        assertThat(r.message()).isEqualTo("libpcap version 1.10.3");
    }
}

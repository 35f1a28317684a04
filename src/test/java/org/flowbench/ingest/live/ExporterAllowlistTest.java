package org.flowbench.ingest.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.flowbench.schema.Addresses;
import org.junit.jupiter.api.Test;

class ExporterAllowlistTest {
    static boolean allows(ExporterAllowlist a, String address) {
        long[] x = Addresses.parse(address);
        return a.allows(x[0], x[1]);
    }

    @Test
    void prefixesOfBothFamilies() {
        ExporterAllowlist a = ExporterAllowlist.of(List.of("10.0.0.0/8", "192.0.2.7", "2001:db8::/32"));
        assertThat(allows(a, "10.200.1.1")).isTrue();
        assertThat(allows(a, "11.0.0.1")).isFalse();
        assertThat(allows(a, "192.0.2.7")).isTrue();
        assertThat(allows(a, "192.0.2.8")).isFalse();
        assertThat(allows(a, "2001:db8:ffff::1")).isTrue();
        assertThat(allows(a, "2001:db9::1")).isFalse();
        // an IPv4 prefix never matches a native IPv6 source, even a zero one
        assertThat(allows(ExporterAllowlist.of(List.of("0.0.0.0/0")), "::1")).isFalse();
        assertThat(allows(ExporterAllowlist.of(List.of("0.0.0.0/0")), "198.51.100.1")).isTrue();
        assertThat(allows(ExporterAllowlist.of(List.of("::/0")), "198.51.100.1")).isTrue();
        assertThat(allows(ExporterAllowlist.of(List.of("2001:db8::1:0/112")), "2001:db8::1:ffff")).isTrue();
        assertThat(allows(ExporterAllowlist.of(List.of("2001:db8::1:0/112")), "2001:db8::2:0")).isFalse();
    }

    @Test
    void emptyAllowsEveryone() {
        assertThat(allows(ExporterAllowlist.everyone(), "203.0.113.9")).isTrue();
        assertThat(ExporterAllowlist.everyone().allowsEveryone()).isTrue();
    }

    @Test
    void badEntriesAreNamed() {
        assertThatThrownBy(() -> ExporterAllowlist.of(List.of("10.0.0.0/33"))).hasMessageContaining("10.0.0.0/33");
        assertThatThrownBy(() -> ExporterAllowlist.of(List.of("router1"))).hasMessageContaining("router1");
    }

    @Test
    void listenAddresses() {
        assertThat(ListenAddress.parse("127.0.0.1:2055").port()).isEqualTo(2055);
        assertThat(ListenAddress.parse("127.0.0.1:2055").isLoopback()).isTrue();
        assertThat(ListenAddress.parse("[::]:6343").isLoopback()).isFalse();
        assertThat(ListenAddress.parse("[::1]:6343").toString()).isEqualTo("[::1]:6343");
        assertThat(ListenAddress.parse("0.0.0.0:2055").toString()).isEqualTo("0.0.0.0:2055");
        assertThatThrownBy(() -> ListenAddress.parse("localhost:2055")).hasMessageContaining("localhost");
        assertThatThrownBy(() -> ListenAddress.parse("127.0.0.1")).hasMessageContaining("ADDR:PORT");
        assertThatThrownBy(() -> ListenAddress.parse("127.0.0.1:70000")).hasMessageContaining("70000");
    }
}

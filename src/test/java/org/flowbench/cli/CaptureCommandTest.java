package org.flowbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.DatagramSocket;
import java.util.concurrent.CompletableFuture;
import org.flowbench.ingest.live.Loopback;
import org.junit.jupiter.api.Test;

/** {@code flowbench capture} on the loopback interface. */
class CaptureCommandTest extends WorkspaceCliTest {
    @Test
    void listShowsLoopbackWithItsAddress() {
        Loopback.assumeCapturable();
        assertThat(run("capture", "--list")).as(err.toString()).isZero();
        assertThat(out.toString()).containsPattern("(?m)^lo\\s+127\\.0\\.0\\.1");
    }

    @Test
    void aTimedCaptureStoresWhatWasSentAndExitsZero() throws Exception {
        Loopback.assumeCapturable();
        try (DatagramSocket receiver = Loopback.receiver(); DatagramSocket sender = new DatagramSocket()) {
            int port = receiver.getLocalPort();
            CompletableFuture<Void> traffic = CompletableFuture.runAsync(() -> {
                try {
                    long deadline = System.nanoTime() + 10_000_000_000L;
                    while (!err.toString().contains("capturing on") && System.nanoTime() < deadline) Thread.sleep(20);
                    Loopback.send(sender, port, 25, 10);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            int exit = run("capture", "--interface", "lo", "--bpf", "udp and port " + port, "--duration", "1.5",
                    "--name", "loop test", "--format", "csv");
            traffic.join();
            assertThat(exit).as(err.toString()).isZero();
            assertThat(out.toString()).contains("interface lo (filter: udp and port " + port + ")")
                    .contains(",complete,25,25,950,");
            assertThat(err.toString()).contains("capturing on interface lo").contains("rows stored");
        }
        assertThat(run("datasets")).isZero();
        assertThat(out.toString()).contains("loop test").contains("live capture").contains("complete");
    }

    @Test
    void anInvalidFilterIsAUsageError() {
        Loopback.assumeCapturable();
        assertThat(run("capture", "--interface", "lo", "--bpf", "tcp port http2x", "--duration", "1")).isEqualTo(2);
        assertThat(err.toString()).contains("invalid capture filter \"tcp port http2x\"");
    }

    @Test
    void withoutAnInterfaceItSaysWhatToGive() {
        assertThat(run("capture")).isEqualTo(2);
        assertThat(err.toString()).contains("--interface").contains("--list");
    }
}

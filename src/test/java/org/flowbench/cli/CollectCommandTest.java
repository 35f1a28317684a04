package org.flowbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.flowbench.store.DatasetInfo;
import org.flowbench.store.DatasetStatus;
import org.flowbench.store.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CollectCommandTest {
    @TempDir Path dir;
    StringWriter out = new StringWriter(), err = new StringWriter();

    int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 2, args.length);
        all[0] = "--workspace";
        all[1] = dir.resolve("ws.duckdb").toString();
        return FlowbenchCommand.run(new PrintWriter(out), new PrintWriter(err), all);
    }

    @Test
    void aTimedSessionEndsCleanlyWithACompleteDataset() throws Exception {
        assertThat(run("collect", "--listen", "127.0.0.1:0", "--duration", "1", "--name", "quiet",
                "--format", "json")).as(err.toString()).isZero();
        JsonNode rows = new ObjectMapper().readTree(out.toString());
        assertThat(rows.get(rows.size() - 1).get("exporter").asText()).isEqualTo("total");
        assertThat(rows.get(0).get("status").asText()).isEqualTo("complete");
        assertThat(err.toString()).contains("collecting on udp 127.0.0.1:").contains("0 datagrams received");
        try (Workspace ws = Workspace.open(dir.resolve("ws.duckdb"))) {
            DatasetInfo info = ws.datasets().find("quiet").orElseThrow();
            assertThat(info.status()).isEqualTo(DatasetStatus.COMPLETE);
            assertThat(info.kind()).isEqualTo("live flows");
            assertThat(info.sourcePath()).startsWith("udp 127.0.0.1:");
        }
    }

    @Test
    void badAddressesAreUsageErrors() {
        assertThat(run("collect", "--listen", "localhost:2055", "--duration", "0")).isEqualTo(Exit.USAGE);
        assertThat(err.toString()).contains("localhost");
        assertThat(run("collect", "--listen", "127.0.0.1:0", "--allow", "10.0.0.0/40", "--duration", "0"))
                .isEqualTo(Exit.USAGE);
        assertThat(err.toString()).contains("10.0.0.0/40");
    }
}

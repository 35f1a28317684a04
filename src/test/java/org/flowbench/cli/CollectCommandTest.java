package org.flowbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.flowbench.store.DatasetInfo;
import org.flowbench.store.DatasetStatus;
import org.flowbench.store.Workspace;
import org.junit.jupiter.api.Test;

class CollectCommandTest extends WorkspaceCliTest {
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

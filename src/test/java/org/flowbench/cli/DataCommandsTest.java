package org.flowbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.flowbench.store.DatasetStatus;
import org.flowbench.store.Rollups;
import org.flowbench.store.Workspace;
import org.flowbench.testsupport.FlowRows;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataCommandsTest {
    @TempDir Path dir;
    Path ws;
    final StringWriter out = new StringWriter(), err = new StringWriter();

    int run(String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 2, args.length);
        all[0] = "--workspace";
        all[1] = ws.toString();
        return FlowbenchCommand.run(new PrintWriter(out), new PrintWriter(err), all);
    }

    @BeforeEach
    void twoDatasets() throws Exception {
        ws = dir.resolve("ws.duckdb");
        try (Workspace w = Workspace.open(ws)) {
            long a = w.datasets().create("ntp.pcap", "/c/ntp.pcap", 100, null, "pcap");
            new FlowRows()
                    .row(1_700_000_000L, "192.0.2.1", "198.51.100.7", 17, 123, 4444, 10, 4680)
                    .row(1_700_000_001L, "2001:db8::5", "198.51.100.7", 6, 5555, 443, 3, 180)
                    .writeTo(w, a);
            Rollups.build(w, a);
            w.datasets().finish(a, DatasetStatus.COMPLETE, w.datasets().storedTotals(a), "{\"message\":\"imported completely\"}");
            w.datasets().create("broken, \"quoted\".pcap", "/c/b.pcap", 1, null, "pcap");
        }
    }

    @Test
    void datasetsAsTableCsvAndJson() throws Exception {
        assertThat(run("datasets")).isZero();
        String table = out.toString();
        assertThat(table.lines().findFirst().orElseThrow()).startsWith("id  name").contains("status");
        assertThat(table).contains("ntp.pcap").contains("complete").contains("2023-11-14T22:13:20Z").contains("4860");

        out.getBuffer().setLength(0);
        assertThat(run("datasets", "--format", "csv")).isZero();
        assertThat(out.toString()).startsWith("id,name,status,kind,first,last,packets,bytes,rows,created\r\n")
                .contains("\r\n2,\"broken, \"\"quoted\"\".pcap\",importing,pcap,,,0,0,0,");

        out.getBuffer().setLength(0);
        assertThat(run("datasets", "--format=JSON")).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json).hasSize(2);
        assertThat(json.get(0).get("name").asText()).isEqualTo("ntp.pcap");
        assertThat(json.get(0).get("bytes").asLong()).isEqualTo(4860);
        assertThat(json.get(0).get("first").asText()).isEqualTo("2023-11-14T22:13:20Z");
        assertThat(json.get(1).get("first").isNull()).isTrue();
    }

    @Test
    void summaryByNameOrIdWithAddressesAsText() throws Exception {
        assertThat(run("summary", "ntp.pcap")).isZero();
        String text = out.toString();
        assertThat(text).contains("Dataset 1: ntp.pcap (complete)").contains("Import: imported completely")
                .contains("Totals:  13 packets, 4860 bytes, 2 rows, 2 flows")
                .contains("UDP").contains("198.51.100.7").contains("2001:db8::5");

        out.getBuffer().setLength(0);
        assertThat(run("summary", "1", "--format", "json")).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.at("/summary/topDestinations/0/address").asText()).isEqualTo("198.51.100.7");
        assertThat(json.at("/summary/topSources/0/address").asText()).isEqualTo("192.0.2.1");
        assertThat(json.at("/summary/firstTs").asText()).isEqualTo("2023-11-14T22:13:20Z");

        out.getBuffer().setLength(0);
        assertThat(run("summary", "1", "--format", "csv")).isZero();
        assertThat(out.toString()).contains("destination,198.51.100.7,13,4860\r\n").contains("protocol,TCP,3,180\r\n");

        assertThat(run("summary", "nope")).isEqualTo(3);
        assertThat(err.toString()).contains("no dataset 'nope'");
    }

    @Test
    void sqlRunsQueriesReadOnlyAndRefusesTheRest() throws Exception {
        assertThat(run("sql", "SELECT dataset_id, sum(packets) AS p FROM flows GROUP BY ALL", "--format", "csv")).isZero();
        assertThat(out.toString()).isEqualTo("dataset_id,p\r\n1,13\r\n");

        assertThat(run("sql", "DELETE FROM flows")).isEqualTo(2);
        assertThat(err.toString()).contains("refused");
        assertThat(run("sql", "SELECT nope FROM flows")).isEqualTo(2);
        assertThat(err.toString()).contains("nope");
        try (Workspace w = Workspace.openReadOnly(ws)) {
            assertThat(w.datasets().storedTotals(1).rows()).isEqualTo(2);
        }
    }

    @Test
    void missingWorkspaceIsAClearError() {
        ws = dir.resolve("none.duckdb");
        assertThat(run("datasets")).isEqualTo(3);
        assertThat(err.toString()).contains("no workspace at").contains("none.duckdb");
    }
}

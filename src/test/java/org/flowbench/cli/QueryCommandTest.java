package org.flowbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.flowbench.store.DatasetStatus;
import org.flowbench.store.Workspace;
import org.flowbench.testsupport.FlowRows;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class QueryCommandTest extends WorkspaceCliTest {
    static final long T0 = 1_699_999_980L; // 2023-11-14T22:13:00Z, a whole minute

    @BeforeEach
    void threeDestinations() throws Exception {
        try (Workspace w = Workspace.open(dir.resolve("ws.duckdb"))) {
            long id = w.datasets().create("flood.pcap", "/c/flood.pcap", 100, null, "pcap");
            FlowRows rows = new FlowRows();
            for (int s = 0; s < 3; s++) {
                rows.row(T0 + s, "192.0.2.1", "198.51.100.7", 17, 123, 4444, 10, 4000);
                rows.row(T0 + s, "192.0.2.2", "198.51.100.8", 6, 5555, 443, 2, 100);
                rows.row(T0 + s, "2001:db8::5", "2001:db8::7", 17, 53, 5353, 1, 50);
            }
            rows.writeTo(w, id);
            w.datasets().finish(id, DatasetStatus.COMPLETE, w.datasets().storedTotals(id), "{}");
        }
    }

    @Test
    void seriesAsTableWithStatsBelow() {
        assertThat(run("query", "flood.pcap", "--by", "DST_ADDR", "--top", "1", "--metric", "bytes")).as(err.toString()).isZero();
        List<String> lines = out.toString().lines().toList();
        assertThat(lines.get(0)).isEqualTo("Dataset 1 (flood.pcap): bytes (bytes) by dst_addr, top 1");
        assertThat(lines.get(1)).isEqualTo("Range:   2023-11-14T22:13:00Z .. 2023-11-14T22:13:03Z, step 1 s, 3 buckets");
        assertThat(lines.get(3)).matches("time +198\\.51\\.100\\.7 +Other");
        assertThat(lines.get(5)).matches("2023-11-14T22:13:00Z +4000 +150");
        assertThat(out.toString()).containsPattern("198\\.51\\.100\\.7 +4000 +4000 +4000 +4000 +12000")
                .contains("total (bytes)");
    }

    @Test
    void seriesAsCsvAndJsonWithThePreviousPeriod() throws Exception {
        assertThat(run("query", "1", "--metric", "pps", "--step", "1s", "--format", "csv")).as(err.toString()).isZero();
        assertThat(out.toString()).isEqualTo("time,Total\r\n2023-11-14T22:13:00Z,13\r\n2023-11-14T22:13:01Z,13\r\n"
                + "2023-11-14T22:13:02Z,13\r\n");
        assertThat(run("query", "1", "--by", "proto,dst_port", "--from", "+1s", "--to", "2023-11-14T22:13:03Z",
                "--previous", "--format", "json")).as(err.toString()).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("metric").asText()).isEqualTo("bps");
        assertThat(json.get("unit").asText()).isEqualTo("bit/s");
        assertThat(json.get("buckets")).hasSize(2);
        assertThat(json.get("series").get(0).get("keys").toString()).isEqualTo("[\"UDP\",\"4444\"]");
        assertThat(json.get("series").get(0).get("values").toString()).isEqualTo("[32000,32000]");
        assertThat(json.get("series").get(0).get("stats").get("total").asLong()).isEqualTo(64000);
        assertThat(json.get("previousShiftSeconds").asLong()).isEqualTo(2);
        // the previous period [-1 s, +1 s) holds the first second only
        assertThat(json.get("previous").get(0).get("values").toString()).isEqualTo("[0,32000]");
    }

    @Test
    void topTableInTheThreeFormats() throws Exception {
        assertThat(run("query", "1", "--table", "--by", "src_addr", "--top", "2", "--metric", "packets")).as(err.toString()).isZero();
        assertThat(out.toString()).containsPattern("src_addr +total +average +share")
                .containsPattern("192\\.0\\.2\\.1 +30 +10 +0\\.769")
                .containsPattern("Other +3 +1 +0\\.077")
                .containsPattern("Total +39 +13 +1");
        assertThat(run("query", "1", "--table", "--by", "src_addr", "--top", "2", "--metric", "packets", "--format", "csv")).isZero();
        assertThat(out.toString()).startsWith("src_addr,total,average,share\r\n192.0.2.1,30,10,0.769\r\n192.0.2.2,6,2,0.154\r\n")
                .endsWith("Other,3,1,0.077\r\nTotal,39,13,1\r\n");
        assertThat(run("query", "1", "--table", "--by", "dst_addr", "--metric", "sources", "--format", "json")).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("rows")).hasSize(3);
        assertThat(json.get("rows").get(0).get("total").asInt()).isEqualTo(1);
        assertThat(json.get("rows").get(0).get("average").isNull()).isTrue(); // distinct counts have no rate
        assertThat(json.get("other").isNull()).isTrue();
        assertThat(json.get("total").get("total").asInt()).isEqualTo(3);
    }

    @Test
    void filterIsCompiledAndItsErrorsPointAtTheOffset() {
        assertThat(run("query", "1", "--table", "--by", "dst_addr", "--filter", "proto = UDP AND dst_port = 5353",
                "--format", "csv")).as(err.toString()).isZero();
        assertThat(out.toString().lines().skip(1).findFirst().orElseThrow()).startsWith("2001:db8::7,1200,");
        assertThat(run("query", "1", "--filter", "proto = UDP AND dst_port == 53")).isEqualTo(2);
        List<String> lines = err.toString().lines().toList();
        assertThat(lines.get(0)).startsWith("flowbench query: --filter: line 1, column 27: expected a value");
        assertThat(lines.get(1)).isEqualTo("  proto = UDP AND dst_port == 53");
        assertThat(lines.get(2)).isEqualTo("  " + " ".repeat(26) + "^");
    }

    @Test
    void badArgumentsAreUsageErrorsAndUnknownDatasetsUnreadable() {
        assertThat(run("query", "1", "--by", "bytes")).isEqualTo(2);
        assertThat(err.toString()).contains("'bytes' is not a dimension").contains("dst_addr");
        assertThat(run("query", "1", "--metric", "furlongs")).isEqualTo(2);
        assertThat(err.toString()).contains("unknown metric 'furlongs'").contains("l2bps");
        assertThat(run("query", "1", "--step", "10 parsecs")).isEqualTo(2);
        assertThat(run("query", "1", "--from", "yesterday")).isEqualTo(2);
        assertThat(err.toString()).contains("neither an ISO-8601 instant");
        assertThat(run("query", "1", "--from", "+5s", "--to", "+2s")).isEqualTo(2);
        assertThat(err.toString()).contains("the range is empty");
        assertThat(run("query", "1", "--top", "0")).isEqualTo(2);
        assertThat(run("query", "1", "--from", "2000-01-01T00:00:00Z", "--step", "1s")).isEqualTo(2);
        assertThat(err.toString()).contains("buckets");
        assertThat(run("query", "nope")).isEqualTo(3);
        assertThat(err.toString()).contains("no dataset 'nope'");
    }
}

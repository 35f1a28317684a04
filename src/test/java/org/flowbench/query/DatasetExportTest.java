package org.flowbench.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.flowbench.filter.SqlFragment;
import org.flowbench.ingest.ImportJob;
import org.flowbench.samples.IncidentLabel;
import org.flowbench.samples.LabelFile;
import org.flowbench.store.Workspace;
import org.flowbench.task.Cancellation;
import org.flowbench.task.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetExportTest {
    @TempDir Path dir;

    @Test
    void exportsAFilteredRangeToParquetAndCsvWithReadableAddresses() throws Exception {
        Path pcap = Path.of("pcap-samples/dns-amplification.pcap");
        IncidentLabel attack = LabelFile.read(LabelFile.besides(pcap).orElseThrow()).get(0);
        try (Workspace ws = Workspace.open(dir.resolve("ws.duckdb"))) {
            long id = new ImportJob(ws).importFile(pcap, Progress.NONE, Cancellation.none()).datasetId();
            // the label's filter written by hand here: dst 198.51.100.20, UDP, source port 53 or 0 (fragments)
            SqlFragment victim = SqlFragment.of("dst_addr = ?::UHUGEINT AND proto = 17 AND src_port IN (53, 0)",
                    ((0xFFFFL << 32) | (198L << 24 | 51 << 16 | 100 << 8 | 20)));
            Path parquet = dir.resolve("it's.parquet"), csv = dir.resolve("attack.csv");
            DatasetExport export = new DatasetExport(ws);
            long rows = export.export(id, victim, attack.start(), attack.end(), parquet, DatasetExport.Format.PARQUET);
            assertThat(export.export(id, victim, attack.start(), attack.end(), csv, DatasetExport.Format.CSV)).isEqualTo(rows);
            assertThat(rows).isPositive();
            try (Statement s = ws.connection().createStatement();
                 ResultSet rs = s.executeQuery("SELECT sum(packets), sum(bytes), min(dst_addr), max(dst_addr), min(ts) FROM read_parquet('"
                         + parquet.toString().replace("'", "''") + "')")) {
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo(attack.packets());
                assertThat(rs.getLong(2)).isEqualTo(attack.bytes());
                assertThat(rs.getString(3)).isEqualTo("198.51.100.20").isEqualTo(rs.getString(4));
                assertThat(rs.getTimestamp(5).toInstant()).isAfterOrEqualTo(attack.start());
            }
            List<String> lines = Files.readAllLines(csv);
            assertThat(lines.get(0)).startsWith("ts,duration_ms,exporter");
            assertThat(lines).hasSize((int) rows + 1);
        }
    }

    @Test
    void ipv6AddressesAreWrittenAsText() throws Exception {
        try (Workspace ws = Workspace.open(dir.resolve("ws.duckdb"));
             Statement s = ws.connection().createStatement();
             ResultSet rs = s.executeQuery("SELECT addr_text(42540766411282592856903984951653826561::UHUGEINT),"
                     + " addr_text(281474087547146::UHUGEINT), addr_text(NULL)")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("2001:db8:0:0:0:0:0:1");
            assertThat(rs.getString(2)).isEqualTo("203.0.113.10");
            assertThat(rs.getString(3)).isNull();
        }
    }
}

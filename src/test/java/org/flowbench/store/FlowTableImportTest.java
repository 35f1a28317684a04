package org.flowbench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.flowbench.testsupport.FreshWorkspaceTest;
import org.junit.jupiter.api.Test;

class FlowTableImportTest extends FreshWorkspaceTest {
    /** nfdump's own summary block (flows, bytes, packets) is the independent expectation. */
    @Test
    void nfdumpCsvImportsEveryFlowWithNfdumpsTotals() throws Exception {
        for (String name : List.of("nfdump-sample.csv", "nfdump-tcp.csv")) {
            Path csv = Path.of("src/test/resources/tables", name);
            List<String> lines = Files.readAllLines(csv);
            String[] summary = lines.get(lines.size() - 1).split(",");
            FlowTableImport.Result r = new FlowTableImport(ws).run(csv, FlowTableImport.FileFormat.CSV, ColumnMapping.nfdump());
            assertThat(r.status()).as(name).isEqualTo(DatasetStatus.COMPLETE);
            assertThat(r.skipped()).as("nfdump's summary block").isEqualTo(3);
            assertThat(r.rows()).isEqualTo(Long.parseLong(summary[0]));
            assertThat(query("SELECT sum(bytes) FROM flows WHERE dataset_id = " + r.datasetId())).isEqualTo(Long.parseLong(summary[1]));
            assertThat(query("SELECT sum(packets) FROM flows WHERE dataset_id = " + r.datasetId())).isEqualTo(Long.parseLong(summary[2]));
            long icmpEcho = lines.stream().filter(l -> l.matches("^[^,]*,[^,]*,[^,]*,[^,]*,[^,]*,0,2048,ICMP,.*")).count();
            assertThat(query("SELECT count(*) FROM flows WHERE dataset_id = " + r.datasetId()
                    + " AND proto = 1 AND icmp_type = 8 AND icmp_code = 0 AND dst_port = 0")).isEqualTo(icmpEcho);
            long v6 = lines.stream().filter(l -> l.split(",").length > 10 && l.split(",")[3].contains(":")).count();
            assertThat(query("SELECT count(*) FROM flows WHERE dataset_id = " + r.datasetId() + " AND ip_version = 6")).isEqualTo(v6);
            long synAckPshFin = lines.stream().filter(l -> l.contains(",...AP.SF,")).count();
            assertThat(query("SELECT count(*) FROM flows WHERE dataset_id = " + r.datasetId() + " AND tcp_flags = 27"))
                    .isEqualTo(synAckPshFin);
        }
    }

    @Test
    void akvoradoParquetWithBinaryAddressesAndSampling() throws Exception {
        Path parquet = dir.resolve("akvorado.parquet");
        try (Statement s = ws.connection().createStatement()) {
            s.execute("COPY (SELECT * FROM (VALUES"
                    + " (TIMESTAMP '2026-03-11 09:32:01', from_hex('00000000000000000000ffffc6336414'), from_hex('00000000000000000000ffffcb00710a'),"
                    + "  64500::UINTEGER, 'NL', 2048::UINTEGER, 17::UTINYINT, 53::USMALLINT, 40000::USMALLINT, 3000::UBIGINT, 2::UBIGINT, 1000::UINTEGER, 184::UTINYINT),"
                    + " (TIMESTAMP '2026-03-11 09:32:02', from_hex('20010db8000000000000000000000001'), from_hex('20010db8010000000000000000000010'),"
                    + "  0::UINTEGER, '', 34525::UINTEGER, 6::UTINYINT, 443::USMALLINT, 50000::USMALLINT, 120::UBIGINT, 2::UBIGINT, 1::UINTEGER, 0::UTINYINT))"
                    + " t(TimeReceived, SrcAddr, DstAddr, SrcAS, SrcCountry, EType, Proto, SrcPort, DstPort, Bytes, Packets, SamplingRate, IPTos))"
                    + " TO '" + parquet.toString().replace("'", "''") + "' (FORMAT parquet)");
        }
        FlowTableImport.Result r = new FlowTableImport(ws).run(parquet, FlowTableImport.FileFormat.PARQUET, ColumnMapping.akvorado());
        assertThat(r.rows()).isEqualTo(2);
        assertThat(r.columns()).containsEntry("src_addr", "SrcAddr").doesNotContainKey("tcp_flags");
        try (Statement s = ws.connection().createStatement();
             ResultSet rs = s.executeQuery("SELECT addr_text(src_addr), addr_text(dst_addr), ip_version, src_as, src_country,"
                     + " sampling_rate, pkt_len, dscp FROM flows ORDER BY ts")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("198.51.100.20");
            assertThat(rs.getString(2)).isEqualTo("203.0.113.10");
            assertThat(rs.getInt(3)).isEqualTo(4);
            assertThat(rs.getLong(4)).isEqualTo(64500);
            assertThat(rs.getString(5)).isEqualTo("NL");
            assertThat(rs.getLong(6)).isEqualTo(1000);
            assertThat(rs.getInt(7)).isEqualTo(1500);
            assertThat(rs.getInt(8)).isEqualTo(46); // EF
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("2001:db8:0:0:0:0:0:1");
            assertThat(rs.getInt(3)).isEqualTo(6);
            assertThat(rs.getString(5)).isNull();
        }
    }

    @Test
    void damagedRowsMakeThePartialDatasetAndMissingColumnsAreNamed() throws Exception {
        Path csv = dir.resolve("mine.csv");
        Files.writeString(csv, "when,from,to,pk,by\n2026-01-01 00:00:00,10.0.0.1,10.0.0.2,1,60\n"
                + "not a time,10.0.0.1,10.0.0.999,1,60\n2026-01-01 00:00:01,10.0.0.1,10.0.0.2,2,120\n");
        Path mapping = dir.resolve("map.json");
        Files.writeString(mapping, "{\"ts\":\"when\",\"src_addr\":\"from\",\"dst_addr\":{\"column\":\"to\"},\"packets\":\"pk\",\"bytes\":\"by\"}");
        FlowTableImport.Result r = new FlowTableImport(ws).run(csv, FlowTableImport.FileFormat.CSV, ColumnMapping.read(mapping));
        assertThat(r.status()).isEqualTo(DatasetStatus.PARTIAL);
        assertThat(r.rows()).isEqualTo(2);
        assertThat(r.damaged()).isEqualTo(1);
        assertThat(ws.datasets().get(r.datasetId()).orElseThrow().reportJson()).contains("\"damaged\":1");

        assertThatThrownBy(() -> new FlowTableImport(ws).run(csv, FlowTableImport.FileFormat.CSV, ColumnMapping.nfdump()))
                .hasMessageContaining("no column for ts").hasMessageContaining("[when, from, to, pk, by]");
        Files.writeString(mapping, "{\"ts\":\"when\",\"nonsense\":\"x\"}");
        assertThatThrownBy(() -> ColumnMapping.read(mapping)).hasMessageContaining("'nonsense' is not a flows column");
    }

    private long query(String sql) throws Exception {
        try (Statement s = ws.connection().createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}

package org.flowbench.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import org.flowbench.schema.Addresses;
import org.flowbench.schema.FlowBatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FlowWriterTest {
    @TempDir Path dir;

    @Test
    void extremeValuesAndNullsSurviveTheRoundTrip() throws Exception {
        try (Workspace ws = Workspace.open(dir.resolve("ws.duckdb"))) {
            long id = ws.datasets().create("x", "x", 0, null, "flows");
            FlowBatch b = new FlowBatch(4);
            // row 0: every column at its maximum, addresses above 2^127
            b.tsMicros[0] = Instant.parse("2106-02-07T06:28:16Z").getEpochSecond() * 1_000_000L + 999_999;
            b.durationMs[0] = 0xFFFF_FFFFL;
            b.hasExporter[0] = true;
            b.exporterHi[0] = -1L;
            b.exporterLo[0] = -1L;
            b.inIf[0] = 0xFFFF_FFFFL;
            b.outIf[0] = 0;
            b.srcHi[0] = 0x8000_0000_0000_0000L;
            b.srcLo[0] = 1;
            b.dstHi[0] = 0xFFFF_FFFF_FFFF_FFFFL;
            b.dstLo[0] = 0xFFFF_FFFF_FFFF_FFFEL;
            b.ipVersion[0] = 6;
            b.proto[0] = 255;
            b.srcPort[0] = 65535;
            b.dstPort[0] = 65535;
            b.icmpType[0] = 255;
            b.icmpCode[0] = 255;
            b.tcpFlags[0] = 255;
            b.pktLen[0] = 65535;
            b.dscp[0] = 63;
            b.frag[0] = 15;
            b.vlan[0] = 4095;
            b.srcAs[0] = 4_294_967_295L;
            b.dstAs[0] = 64500;
            b.srcCountry[0] = "DE";
            b.dstCountry[0] = "Ünï";
            b.packets[0] = Long.MAX_VALUE;
            b.bytes[0] = Long.MAX_VALUE;
            b.samplingRate[0] = 0xFFFF_FFFFL;
            b.flows[0] = 0xFFFF_FFFFL;
            // row 1: IPv4-mapped, optional columns NULL
            b.tsMicros[1] = 0;
            b.hasExporter[1] = false;
            b.inIf[1] = FlowBatch.NULL;
            b.outIf[1] = FlowBatch.NULL;
            long[] src = Addresses.parse("192.0.2.1");
            long[] dst = Addresses.parse("198.51.100.255");
            b.srcHi[1] = src[0];
            b.srcLo[1] = src[1];
            b.dstHi[1] = dst[0];
            b.dstLo[1] = dst[1];
            b.ipVersion[1] = 4;
            b.proto[1] = 17;
            b.srcAs[1] = FlowBatch.NULL;
            b.dstAs[1] = FlowBatch.NULL;
            b.packets[1] = 1;
            b.bytes[1] = 28;
            b.samplingRate[1] = 1;
            b.flows[1] = 1;
            b.size = 2;

            try (FlowWriter w = new FlowWriter(ws, id, 4)) {
                w.accept(b);
                DatasetTotals t = w.totals();
                assertThat(t.rows()).isEqualTo(2);
                assertThat(t.firstTs()).isEqualTo(Instant.EPOCH);
                assertThat(t.lastTs()).isEqualTo(Instant.parse("2106-02-07T06:28:16.999999Z"));
            }

            try (Statement st = ws.connection().createStatement();
                 ResultSet rs = st.executeQuery("SELECT * FROM flows ORDER BY ts DESC")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getLong("dataset_id")).isEqualTo(id);
                assertThat(rs.getObject("ts", LocalDateTime.class)).isEqualTo(LocalDateTime.parse("2106-02-07T06:28:16.999999"));
                assertThat(rs.getLong("duration_ms")).isEqualTo(0xFFFF_FFFFL);
                assertThat(rs.getObject("exporter")).isEqualTo(BigInteger.ONE.shiftLeft(128).subtract(BigInteger.ONE));
                assertThat(rs.getLong("in_if")).isEqualTo(0xFFFF_FFFFL);
                assertThat(rs.getLong("out_if")).isZero();
                assertThat(rs.getObject("src_addr")).isEqualTo(BigInteger.ONE.shiftLeft(127).add(BigInteger.ONE));
                assertThat(Addresses.format((BigInteger) rs.getObject("dst_addr")))
                        .isEqualTo("ffff:ffff:ffff:ffff:ffff:ffff:ffff:fffe");
                assertThat(rs.getInt("ip_version")).isEqualTo(6);
                assertThat(rs.getInt("proto")).isEqualTo(255);
                assertThat(rs.getInt("src_port")).isEqualTo(65535);
                assertThat(rs.getInt("dst_port")).isEqualTo(65535);
                assertThat(rs.getInt("icmp_type")).isEqualTo(255);
                assertThat(rs.getInt("icmp_code")).isEqualTo(255);
                assertThat(rs.getInt("tcp_flags")).isEqualTo(255);
                assertThat(rs.getInt("pkt_len")).isEqualTo(65535);
                assertThat(rs.getInt("dscp")).isEqualTo(63);
                assertThat(rs.getInt("frag")).isEqualTo(15);
                assertThat(rs.getInt("vlan")).isEqualTo(4095);
                assertThat(rs.getLong("src_as")).isEqualTo(4_294_967_295L);
                assertThat(rs.getLong("dst_as")).isEqualTo(64500);
                assertThat(rs.getString("src_country")).isEqualTo("DE");
                assertThat(rs.getString("dst_country")).isEqualTo("Ünï");
                assertThat(rs.getLong("packets")).isEqualTo(Long.MAX_VALUE);
                assertThat(rs.getLong("bytes")).isEqualTo(Long.MAX_VALUE);
                assertThat(rs.getLong("sampling_rate")).isEqualTo(0xFFFF_FFFFL);
                assertThat(rs.getLong("flows")).isEqualTo(0xFFFF_FFFFL);

                assertThat(rs.next()).isTrue();
                assertThat(rs.getObject("exporter")).isNull();
                for (String c : new String[] {"in_if", "out_if", "src_as", "dst_as", "src_country", "dst_country"}) {
                    assertThat(rs.getObject(c)).as(c).isNull();
                }
                assertThat(Addresses.format((BigInteger) rs.getObject("src_addr"))).isEqualTo("192.0.2.1");
                assertThat(Addresses.format((BigInteger) rs.getObject("dst_addr"))).isEqualTo("198.51.100.255");
                assertThat(rs.next()).isFalse();
            }
        }
    }

    @Test
    void manyBatchesReuseTheBuffersAndEachIsCommitted() throws Exception {
        try (Workspace ws = Workspace.open(dir.resolve("ws.duckdb"))) {
            long id = ws.datasets().create("x", "x", 0, null, "pcap");
            FlowBatch b = new FlowBatch(1000);
            try (FlowWriter w = new FlowWriter(ws, id, 1000)) {
                for (int batch = 0; batch < 5; batch++) {
                    int n = 1000 - batch * 100;
                    TestBatches.fill(b, batch * 10L, n);
                    w.accept(b);
                }
                assertThat(w.totals().rows()).isEqualTo(4000);
                assertThat(w.totals().packets()).isEqualTo(8000);
            }
            // a second connection sees every batch: each was committed on its own
            try (Statement st = ws.connection().duplicate().createStatement();
                 ResultSet rs = st.executeQuery("SELECT count(*), sum(bytes), count(in_if), count(src_country),"
                         + " count(DISTINCT ts) FROM flows")) {
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo(4000);
                assertThat(rs.getLong(2)).isEqualTo(400_000);
                assertThat(rs.getLong(3)).isEqualTo(2000);
                assertThat(rs.getLong(4)).isEqualTo(1000 / 3 + 1 + 900 / 3 + 800 / 3 + 1 + 700 / 3 + 1 + 600 / 3);
                assertThat(rs.getLong(5)).isEqualTo(50);
            }
        }
    }
}

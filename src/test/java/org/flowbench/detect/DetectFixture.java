package org.flowbench.detect;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.flowbench.filter.SqlFragment;
import org.flowbench.schema.Addresses;
import org.flowbench.store.Workspace;

/** A temp workspace with rows inserted one by one, for cases small enough to check by hand. */
final class DetectFixture implements AutoCloseable {
    static final long T0 = 1_700_000_000L; // a multiple of 10 and 60: tumbling windows start here

    final Workspace ws;
    final long dataset;

    DetectFixture(Path dir) throws Exception {
        ws = Workspace.open(dir.resolve("ws.duckdb"));
        dataset = ws.datasets().create("fixture", "fixture", 0, null, "pcap");
    }

    /** One flows row; {@code second} is relative to {@link #T0}. */
    DetectFixture row(long second, String src, String dst, int proto, int srcPort, int dstPort, int tcpFlags, int frag,
                      long packets, long bytes, long samplingRate, String srcCountry) throws Exception {
        try (PreparedStatement ps = ws.connection().prepareStatement("INSERT INTO flows (dataset_id, ts, src_addr, dst_addr,"
                + " ip_version, proto, src_port, dst_port, tcp_flags, pkt_len, frag, src_country, packets, bytes, sampling_rate, flows)"
                + " VALUES (?, ?, ?::UHUGEINT, ?::UHUGEINT, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)")) {
            long[] s = Addresses.parse(src), d = Addresses.parse(dst);
            ps.setLong(1, dataset);
            ps.setObject(2, LocalDateTime.ofEpochSecond(T0 + second, 0, ZoneOffset.UTC));
            ps.setString(3, Addresses.toBigInteger(s[0], s[1]).toString());
            ps.setString(4, Addresses.toBigInteger(d[0], d[1]).toString());
            ps.setInt(5, dst.contains(":") ? 6 : 4);
            ps.setInt(6, proto);
            ps.setInt(7, srcPort);
            ps.setInt(8, dstPort);
            ps.setInt(9, tcpFlags);
            ps.setLong(10, bytes / packets);
            ps.setInt(11, frag);
            ps.setString(12, srcCountry);
            ps.setLong(13, packets);
            ps.setLong(14, bytes);
            ps.setLong(15, samplingRate);
            ps.executeUpdate();
        }
        return this;
    }

    /** A UDP row from port 123 with one packet size. */
    DetectFixture udp(long second, String src, String dst, long packets, long bytes) throws Exception {
        return row(second, src, dst, 17, 123, 40000, 0, 0, packets, bytes, 1, null);
    }

    Simulator simulator() {
        return new Simulator(ws, scopes(Map.of()));
    }

    /** Scope texts the test maps to SQL itself (the filter language is another branch's). */
    static ScopeCompiler scopes(Map<String, SqlFragment> known) {
        return text -> {
            if (text.isBlank()) return SqlFragment.TRUE;
            SqlFragment f = known.get(text);
            if (f == null) throw new DetectException("test scope not mapped: " + text);
            return f;
        };
    }

    List<Alert> run(Rule... rules) throws Exception {
        return simulator().run(List.of(dataset), new RuleSet("t", "", List.of(rules))).alerts();
    }

    @Override
    public void close() {
        ws.close();
    }
}

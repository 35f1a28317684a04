package org.flowbench.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flowbench.ingest.ImportJob;
import org.flowbench.ingest.ImportReport;
import org.flowbench.schema.Addresses;
import org.flowbench.store.AddressAnnotations;
import org.flowbench.store.Workspace;
import org.flowbench.task.Cancellation;
import org.flowbench.task.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnricherTest {
    @TempDir Path dir;

    @Test
    void fillsCountriesAndAsNumbersOfEveryAddressTheDatabasesKnow() throws Exception {
        GeoDatabases dbs = TestGeoDatabases.build(dir);
        try (Workspace ws = Workspace.open(dir.resolve("ws.duckdb"))) {
            ImportReport r = new ImportJob(ws).importFile(Path.of("pcap-samples/dns-amplification.pcap"),
                    Progress.NONE, Cancellation.none());
            long id = r.datasetId();
            try (GeoLookup lookup = dbs.open()) {
                AddressAnnotations.Outcome o = new Enricher(ws).enrich(id, lookup);
                assertThat(o.annotated()).isPositive().isLessThan(o.addresses());
                assertThat(o.rowsChanged()).isPositive();
            }
            // independent expectation: the database's networks as address ranges over the same rows
            assertThat(count(ws, id, "src_country = 'NL'")).isEqualTo(count(ws, id, inside("src_addr", "203.0.113.0", 24))
                    + count(ws, id, inside6("src_addr", "2001:db8:100::", 48)));
            assertThat(count(ws, id, "dst_country = 'DE'")).isEqualTo(count(ws, id, inside("dst_addr", "198.51.100.0", 24)))
                    .isPositive();
            assertThat(count(ws, id, "dst_as = 64501")).isEqualTo(count(ws, id, inside("dst_addr", "198.51.100.0", 24)));
            assertThat(count(ws, id, "src_country IS NOT NULL AND NOT (" + inside("src_addr", "203.0.113.0", 24) + " OR "
                    + inside("src_addr", "198.51.100.0", 24) + " OR " + inside("src_addr", "192.0.2.0", 24) + " OR "
                    + inside6("src_addr", "2001:db8:100::", 48) + " OR " + inside6("src_addr", "2001:db8:4000::", 34) + ")"))
                    .isZero();
        }
    }

    @Test
    void anAsNumberFromTheFlowRecordWinsOverTheDatabase() throws Exception {
        GeoDatabases dbs = TestGeoDatabases.build(dir);
        try (Workspace ws = Workspace.open(dir.resolve("ws.duckdb"))) {
            long id = new ImportJob(ws).importFile(Path.of("pcap-samples/quiet-day.pcap"), Progress.NONE,
                    Cancellation.none()).datasetId();
            try (Statement s = ws.connection().createStatement()) {
                s.execute("UPDATE flows SET dst_as = 65010 WHERE dataset_id = " + id + " AND " + inside("dst_addr", "203.0.113.0", 24));
            }
            try (GeoLookup lookup = dbs.open()) {
                new Enricher(ws).enrich(id, lookup);
            }
            assertThat(count(ws, id, "dst_as = 64500 AND " + inside("dst_addr", "203.0.113.0", 24))).isZero();
            assertThat(count(ws, id, "dst_as = 65010")).isEqualTo(count(ws, id, inside("dst_addr", "203.0.113.0", 24)));
            assertThat(count(ws, id, "dst_country = 'NL' AND " + inside("dst_addr", "203.0.113.0", 24)))
                    .isEqualTo(count(ws, id, inside("dst_addr", "203.0.113.0", 24)));
        }
    }

    @Test
    void ipv4AddressesAreLookedUpAsIpv4() throws Exception {
        long[] a = Addresses.parse("203.0.113.9");
        assertThat(GeoLookup.toInet(Addresses.toBigInteger(a[0], a[1])).getHostAddress()).isEqualTo("203.0.113.9");
        long[] b = Addresses.parse("2001:db8::1");
        assertThat(GeoLookup.toInet(Addresses.toBigInteger(b[0], b[1])).getHostAddress()).isEqualTo("2001:db8:0:0:0:0:0:1");
        assertThat(GeoDatabases.NONE.whyNoCountries()).contains(".mmdb");
    }

    private static String inside(String column, String v4, int bits) {
        long[] a = Addresses.parse(v4);
        BigInteger lo = Addresses.toBigInteger(a[0], a[1]);
        BigInteger hi = lo.add(BigInteger.ONE.shiftLeft(32 - bits)).subtract(BigInteger.ONE);
        return column + " BETWEEN " + lo + " AND " + hi;
    }

    private static String inside6(String column, String v6, int bits) {
        long[] a = Addresses.parse(v6);
        BigInteger lo = Addresses.toBigInteger(a[0], a[1]);
        BigInteger hi = lo.add(BigInteger.ONE.shiftLeft(128 - bits)).subtract(BigInteger.ONE);
        return column + " BETWEEN " + lo + " AND " + hi;
    }

    private static long count(Workspace ws, long id, String where) throws Exception {
        try (Statement s = ws.connection().createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM flows WHERE dataset_id = " + id + " AND (" + where + ")")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}

package org.flowbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.flowbench.enrich.GeoDatabases;
import org.flowbench.enrich.TestGeoDatabases;
import org.junit.jupiter.api.Test;

class EnrichCommandTest extends WorkspaceCliTest {
    @Test
    void importWithDatabasesFillsCountriesAndEnrichRunsAgainOnDemand() throws Exception {
        GeoDatabases dbs = TestGeoDatabases.build(dir);
        assertThat(run("import", "--country-db", dbs.countryDb().toString(), "--asn-db", dbs.asnDb().toString(),
                "pcap-samples/syn-flood.pcap")).isZero();
        assertThat(run("sql", "SELECT count(*) AS n FROM flows WHERE dst_country = 'NL' AND ip_version = 4", "--format", "csv")).isZero();
        long nl = Long.parseLong(out.toString().lines().skip(1).findFirst().orElseThrow().trim());
        assertThat(run("sql", "SELECT count(*) AS n FROM flows WHERE dst_addr BETWEEN 281474087547136 AND 281474087547391",
                "--format", "csv")).isZero(); // 203.0.113.0/24 as IPv4-mapped addresses
        assertThat(nl).isPositive().isEqualTo(Long.parseLong(out.toString().lines().skip(1).findFirst().orElseThrow().trim()));

        assertThat(run("enrich", "1", "--country-db", dbs.countryDb().toString(), "--format", "csv")).isZero();
        assertThat(out.toString()).startsWith("dataset,name,addresses,annotated,rows_changed");
    }

    @Test
    void withoutADatabaseItSaysWhatIsMissing() {
        System.setProperty("flowbench.preferences", dir.resolve("none.properties").toString());
        try {
            assertThat(run("enrich", "1")).isEqualTo(2);
            assertThat(err.toString()).contains("no country database configured");
        } finally {
            System.clearProperty("flowbench.preferences");
        }
    }
}

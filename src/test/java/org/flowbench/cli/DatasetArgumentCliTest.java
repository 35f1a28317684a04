package org.flowbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.flowbench.store.Workspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The exact line and exit code of every command told a dataset the workspace does not hold, and of
 * the time options the impact commands read: the lookup and the parsing have one home, the
 * commands keep their own prefixes.
 */
class DatasetArgumentCliTest extends WorkspaceCliTest {
    Path workspace;
    Path rules;

    @BeforeEach
    void oneDataset() throws Exception {
        assertThat(run("import", ImportCommandTest.tiny(dir.resolve("dns.pcap")).toString())).as(err.toString()).isZero();
        try (Workspace ws = Workspace.openReadOnly(dir.resolve("ws.duckdb"))) {
            workspace = ws.path();
        }
        rules = Files.writeString(dir.resolve("rules.bird"), FlowspecImpactCliTest.BIRD);
    }

    private void assertFails(int exit, String line, String... args) {
        assertThat(run(args)).as(err.toString()).isEqualTo(exit);
        assertThat(err.toString()).isEqualTo(line + System.lineSeparator());
    }

    private String unknown(String prefix, String dataset) {
        return prefix + ": no dataset '" + dataset + "' in " + workspace + " (flowbench datasets lists them)";
    }

    @Test
    void everyCommandNamesTheUnknownDatasetAndTheWorkspace() {
        assertFails(3, unknown("flowbench flowspec simulate", "9"), "flowspec", "simulate", rules.toString(), "--dataset", "9");
        assertFails(3, unknown("flowbench flowspec generate", "nope"),
                "flowspec", "generate", "--dataset", "nope", "--victim", "192.0.2.80");
        assertFails(3, unknown("flowbench detect", "9"), "detect", "1", "9");
        assertFails(3, unknown("flowbench query", "9"), "query", "1", "9");
        assertFails(3, unknown("flowbench summary", "9"), "summary", "9");
        assertFails(3, unknown("flowbench report", "9"), "report", "--dataset", "9", "-o", dir.resolve("r.md").toString());
        assertFails(3, unknown("flowbench dataset rename", "9"), "dataset", "rename", "9", "x");
        assertFails(3, unknown("flowbench dataset export", "9"), "dataset", "export", "9", "-o", dir.resolve("x.csv").toString());
    }

    @Test
    void enrichNamesTheUnknownDatasetAndTheWorkspaceToo() throws Exception {
        String countries = org.flowbench.enrich.TestGeoDatabases.build(dir).countryDb().toString();
        assertFails(3, unknown("flowbench enrich", "9"), "enrich", "9", "--country-db", countries);
    }

    @Test
    void deleteStopsAtTheFirstUnknownDatasetAfterDeletingTheOnesBefore() {
        assertThat(run("dataset", "delete", "1", "9", "--no-compact")).isEqualTo(3);
        assertThat(out.toString()).isEqualTo("deleted dataset 1 (dns.pcap)" + System.lineSeparator());
        assertThat(err.toString()).isEqualTo(unknown("flowbench dataset delete", "9") + System.lineSeparator());
    }

    @Test
    void badTimesAreUsageErrorsNamingTheOption() {
        String notATime = " 'yesterday' is not a time like 2026-02-03T14:02:20Z";
        assertFails(2, "flowbench flowspec simulate: --from" + notATime,
                "flowspec", "simulate", rules.toString(), "--dataset", "1", "--from", "yesterday");
        assertFails(2, "flowbench flowspec generate: --to" + notATime,
                "flowspec", "generate", "--dataset", "1", "--victim", "192.0.2.80", "--to", "yesterday");
    }

    @Test
    void badLegitimateFiltersAreUsageErrors() {
        assertThat(run("flowspec", "simulate", rules.toString(), "--dataset", "1", "--legit", "proto = = 3")).isEqualTo(2);
        assertThat(err.toString()).startsWith("flowbench flowspec simulate: --legit: ");
        assertThat(run("flowspec", "generate", "--dataset", "1", "--victim", "192.0.2.80", "--legit", "proto = = 3")).isEqualTo(2);
        assertThat(err.toString()).startsWith("flowbench flowspec generate: ").doesNotContain("--legit");
    }
}

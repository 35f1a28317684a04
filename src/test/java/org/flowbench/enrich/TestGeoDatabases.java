package org.flowbench.enrich;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.flowbench.testsupport.ExternalTools;

/**
 * Builds the tiny Country and ASN databases of src/test/resources/enrich/make-mmdb.pl with
 * Debian's MaxMind writer (libmaxmind-db-writer-perl); tests skip where it is not installed.
 */
public final class TestGeoDatabases {
    private TestGeoDatabases() {}

    public static GeoDatabases build(Path dir) throws IOException, InterruptedException {
        assumeTrue(ExternalTools.onPath("perl"), "perl is not installed: enrichment tests skipped");
        Process p = new ProcessBuilder("perl", "src/test/resources/enrich/make-mmdb.pl", dir.toString())
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        p.waitFor(60, TimeUnit.SECONDS);
        assumeTrue(!output.contains("Can't locate MaxMind"),
                "libmaxmind-db-writer-perl is not installed (apt-get install libmaxmind-db-writer-perl): enrichment tests skipped");
        if (p.exitValue() != 0) throw new IOException("make-mmdb.pl failed: " + output);
        return new GeoDatabases(dir.resolve("country.mmdb"), dir.resolve("asn.mmdb"));
    }

    static boolean exists(GeoDatabases dbs) {
        return Files.isRegularFile(dbs.countryDb()) && Files.isRegularFile(dbs.asnDb());
    }
}

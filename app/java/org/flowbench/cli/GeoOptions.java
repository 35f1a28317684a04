package org.flowbench.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.flowbench.enrich.GeoDatabases;
import org.flowbench.settings.PreferencesFile;
import picocli.CommandLine.Option;

/** {@code --country-db} and {@code --asn-db}; without them, the databases set in the preferences. */
final class GeoOptions {
    @Option(names = "--country-db", paramLabel = "MMDB",
            description = "GeoLite2/DB-IP country or city database (default: the one in the preferences)")
    Path countryDb;

    @Option(names = "--asn-db", paramLabel = "MMDB",
            description = "GeoLite2/DB-IP ASN database (default: the one in the preferences)")
    Path asnDb;

    GeoDatabases databases() throws IOException {
        GeoDatabases saved = new PreferencesFile(PreferencesFile.defaultPath()).load().geoDatabases();
        return new GeoDatabases(countryDb != null ? countryDb : saved.countryDb(), asnDb != null ? asnDb : saved.asnDb());
    }
}

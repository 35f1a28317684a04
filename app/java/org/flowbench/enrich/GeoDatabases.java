package org.flowbench.enrich;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the MaxMind-format databases are: a country (or city) database and an ASN database,
 * GeoLite2 or DB-IP. Either may be absent; then its columns stay as the import left them.
 */
public record GeoDatabases(Path countryDb, Path asnDb) {
    public static final GeoDatabases NONE = new GeoDatabases(null, null);

    public boolean isEmpty() {
        return countryDb == null && asnDb == null;
    }

    /** Why the country columns are empty, for the UI and the CLI; null when a database is set. */
    public String whyNoCountries() {
        return countryDb == null
                ? "no country database configured: point Flowbench to a GeoLite2 or DB-IP .mmdb file"
                : null;
    }

    /** Opens the readers; a missing or unreadable file is an error naming the file. */
    public GeoLookup open() throws IOException {
        check(countryDb);
        check(asnDb);
        return new GeoLookup(countryDb, asnDb);
    }

    private static void check(Path file) throws IOException {
        if (file != null && !Files.isReadable(file)) throw new IOException("cannot read database " + file);
    }
}

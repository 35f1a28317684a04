package org.flowbench.enrich;

import com.maxmind.db.CHMCache;
import com.maxmind.geoip2.DatabaseReader;
import com.maxmind.geoip2.exception.GeoIp2Exception;
import com.maxmind.geoip2.model.AsnResponse;
import com.maxmind.geoip2.model.CityResponse;
import com.maxmind.geoip2.model.CountryResponse;
import java.io.IOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.Optional;
import org.flowbench.store.AddressAnnotations.Annotation;

/** Country and AS of an address from MaxMind-format databases (GeoLite2, DB-IP). */
public final class GeoLookup implements AutoCloseable {
    private static final BigInteger V4_MAPPED = BigInteger.valueOf(0xFFFFL).shiftLeft(32);
    private static final BigInteger V4_MASK = BigInteger.valueOf(0xFFFF_FFFFL);

    private final DatabaseReader country;
    private final boolean countryIsCity;
    private final DatabaseReader asn;

    GeoLookup(Path countryDb, Path asnDb) throws IOException {
        this.country = countryDb == null ? null : new DatabaseReader.Builder(countryDb.toFile()).withCache(new CHMCache()).build();
        this.countryIsCity = country != null && country.getMetadata().getDatabaseType().contains("City");
        this.asn = asnDb == null ? null : new DatabaseReader.Builder(asnDb.toFile()).withCache(new CHMCache()).build();
    }

    /** What the databases know of the address, or null when they know nothing. */
    public Annotation lookup(BigInteger address) throws IOException {
        InetAddress ip = toInet(address);
        String code = null;
        Long number = null;
        try {
            if (country != null) code = countryCode(ip);
            if (asn != null) {
                Optional<AsnResponse> r = asn.tryAsn(ip);
                if (r.isPresent() && r.get().getAutonomousSystemNumber() != null) {
                    number = r.get().getAutonomousSystemNumber();
                }
            }
        } catch (GeoIp2Exception e) {
            throw new IOException("lookup of " + ip.getHostAddress() + " failed: " + e.getMessage(), e);
        }
        return code == null && number == null ? null : new Annotation(code, number);
    }

    private String countryCode(InetAddress ip) throws IOException, GeoIp2Exception {
        if (countryIsCity) {
            Optional<CityResponse> r = country.tryCity(ip);
            return r.map(c -> c.getCountry().getIsoCode()).orElse(null);
        }
        Optional<CountryResponse> r = country.tryCountry(ip);
        return r.map(c -> c.getCountry().getIsoCode()).orElse(null);
    }

    /** Stored addresses are IPv6 or IPv4-mapped IPv6; the databases want IPv4 as IPv4. */
    static InetAddress toInet(BigInteger address) throws UnknownHostException {
        if (address.shiftRight(32).equals(V4_MAPPED.shiftRight(32))) {
            int v4 = address.and(V4_MASK).intValue();
            return InetAddress.getByAddress(new byte[] {(byte) (v4 >>> 24), (byte) (v4 >>> 16), (byte) (v4 >>> 8), (byte) v4});
        }
        byte[] raw = address.toByteArray();
        byte[] sixteen = new byte[16];
        int n = Math.min(raw.length, 16);
        System.arraycopy(raw, raw.length - n, sixteen, 16 - n, n);
        return InetAddress.getByAddress(sixteen);
    }

    @Override
    public void close() throws IOException {
        if (country != null) country.close();
        if (asn != null) asn.close();
    }
}

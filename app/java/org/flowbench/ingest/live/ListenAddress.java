package org.flowbench.ingest.live;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import org.flowbench.schema.Addresses;

/**
 * Where the collector listens: an address literal and a UDP port, written {@code 127.0.0.1:2055}
 * or {@code [::]:6343}. Literals only, so parsing never does a DNS lookup.
 */
public record ListenAddress(InetAddress address, int port) {
    public ListenAddress {
        if (port < 0 || port > 65535) throw new IllegalArgumentException("port " + port + " is not from 0 to 65535");
    }

    /** @throws IllegalArgumentException saying what is wrong with the text */
    public static ListenAddress parse(String text) {
        String s = text.strip();
        String host, port;
        if (s.startsWith("[")) {
            int close = s.indexOf(']');
            if (close < 0 || close + 1 >= s.length() || s.charAt(close + 1) != ':') {
                throw new IllegalArgumentException("'" + text + "': an IPv6 listen address is written [ADDR]:PORT");
            }
            host = s.substring(1, close);
            port = s.substring(close + 2);
        } else {
            int colon = s.lastIndexOf(':');
            if (colon < 0 || s.indexOf(':') != colon) {
                throw new IllegalArgumentException("'" + text + "': a listen address is written ADDR:PORT or [IPv6]:PORT");
            }
            host = s.substring(0, colon);
            port = s.substring(colon + 1);
        }
        if (port.isEmpty() || port.length() > 5 || !port.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("'" + text + "': '" + port + "' is not a port number");
        }
        return new ListenAddress(literal(host, text), Integer.parseInt(port));
    }

    private static InetAddress literal(String host, String text) {
        long[] hiLo = Addresses.parse(host);  // rejects names: no resolver is ever asked
        byte[] bytes = new byte[host.indexOf(':') < 0 ? 4 : 16];
        if (bytes.length == 4) {
            for (int i = 0; i < 4; i++) bytes[i] = (byte) (hiLo[1] >>> (24 - 8 * i));
        } else {
            for (int i = 0; i < 8; i++) {
                bytes[i] = (byte) (hiLo[0] >>> (56 - 8 * i));
                bytes[i + 8] = (byte) (hiLo[1] >>> (56 - 8 * i));
            }
        }
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("'" + text + "': " + e.getMessage(), e);
        }
    }

    public InetSocketAddress socketAddress() {
        return new InetSocketAddress(address, port);
    }

    /** Loopback is the default; anything else exposes the collector to the network. */
    public boolean isLoopback() {
        return address.isLoopbackAddress();
    }

    @Override
    public String toString() {
        return UdpCollector.text(socketAddress());
    }
}

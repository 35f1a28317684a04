package org.flowbench.flowspec.impact;

/** Packets and bytes, already scaled by each row's sampling rate; fractional after rate limiting. */
public record Volume(double packets, double bytes) {
    public static final Volume ZERO = new Volume(0, 0);

    public Volume plus(Volume o) {
        return new Volume(packets + o.packets, bytes + o.bytes);
    }

    public Volume minus(Volume o) {
        return new Volume(packets - o.packets, bytes - o.bytes);
    }
}

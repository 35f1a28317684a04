package org.flowbench.filter;

import java.math.BigInteger;
import java.time.Instant;
import java.util.Objects;

/** A typed value in a condition, already checked against its column's type and range. */
public sealed interface FilterValue {
    /** An unsigned integer: counts, ports, protocol and AS numbers, flag octets, sizes. */
    record Number(BigInteger value) implements FilterValue {
        public Number {
            if (value.signum() < 0) throw new IllegalArgumentException("negative: " + value);
        }

        public static Number of(long v) { return new Number(BigInteger.valueOf(v)); }
    }

    /** A 128-bit address as stored in {@code flows} (IPv4 mapped to ::ffff:a.b.c.d). */
    record Address(BigInteger value) implements FilterValue {
        public Address {
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * The addresses {@code [first, last]} of a prefix, both in stored form; {@code text} is the
     * prefix as written back ({@code 192.0.2.0/24}).
     */
    record Prefix(BigInteger first, BigInteger last, String text) implements FilterValue {}

    record Text(String value) implements FilterValue {
        public Text {
            Objects.requireNonNull(value, "value");
        }
    }

    /** A UTC instant for {@code ts}. */
    record Time(Instant value) implements FilterValue {
        public Time {
            Objects.requireNonNull(value, "value");
        }
    }
}

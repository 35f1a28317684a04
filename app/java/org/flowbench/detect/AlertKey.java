package org.flowbench.detect;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The key an alert is about: the rule's key parts and their values (addresses as BigInteger, as DuckDB returns them). */
public record AlertKey(GroupKey key, List<Object> values) {
    public AlertKey {
        Objects.requireNonNull(key, "key");
        values = java.util.Collections.unmodifiableList(new ArrayList<>(values));
        if (values.size() != key.size()) throw new IllegalArgumentException("key has " + key.size() + " parts, got " + values.size());
    }

    /** Each part as a person reads it: {@code 203.0.113.10}, {@code 192.0.2.0/24}, {@code UDP}, {@code 123}. */
    public List<String> displayParts() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) out.add(key.parts().get(i).display(values.get(i)));
        return out;
    }

    public String display() {
        return String.join(" ", displayParts());
    }

    /** The destination addresses the key covers, when it has a destination part. */
    public Optional<AddressRange> destination() {
        return key.destinationIndex().flatMap(i -> {
            if (!(values.get(i) instanceof BigInteger b)) return Optional.empty();
            KeyPart p = key.parts().get(i);
            if (!p.isPrefix()) return Optional.of(AddressRange.single(b));
            return Optional.of(AddressRange.prefixOf(b, AddressRange.isV4Mapped(b) ? 96 + p.v4Prefix() : p.v6Prefix()));
        });
    }

    @Override
    public String toString() { return display(); }
}
